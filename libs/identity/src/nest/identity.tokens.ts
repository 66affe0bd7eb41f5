/** The {@link CredentialStore} of the process. */
export const CREDENTIAL_STORE = Symbol('CREDENTIAL_STORE');
