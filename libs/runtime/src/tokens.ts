/** Nest injection tokens shared by the apps. */
export const KAOPING_CONFIG = Symbol('KAOPING_CONFIG');
export const EVENT_STORE = Symbol('EVENT_STORE');
export const SQL_DATABASE = Symbol('SQL_DATABASE');
export const REDIS = Symbol('REDIS');
