import { Button, Form, Upload, type UploadFile } from 'antd';
import { uploadEvidence } from '../field/evidence';

/** The files picked in an {@link EvidenceFiles} field, uploaded (each stored by its SHA-256): their references for the event's evidence. */
export const uploadPicked = async (picked: readonly UploadFile[] | undefined): Promise<string[]> =>
  Promise.all((picked ?? []).flatMap((file) => (file.originFileObj === undefined ? [] : [file.originFileObj])).map(uploadEvidence));

/**
 * What optional files add to a command's body: their references as its evidence once uploaded, or
 * nothing when none was picked (a complaint's letter, an appeal's statement, a bonus's award).
 */
export const evidenceOfPicked = async (picked: readonly UploadFile[] | undefined): Promise<{ evidence?: string[] }> => {
  const evidence = await uploadPicked(picked);
  return evidence.length === 0 ? {} : { evidence };
};

/** Typed document references (文号) followed by the picked files' references once uploaded. */
export const documentsOf = async (typed: readonly string[] | undefined, picked: readonly UploadFile[] | undefined): Promise<string[]> => [
  ...(typed ?? []),
  ...(await uploadPicked(picked)),
];

/**
 * A form field of evidence files (photos, scans), kept in the browser until the form is sent, then
 * uploaded with {@link uploadPicked}: the inspector's photos, a bonus claim's award document.
 */
export function EvidenceFiles({
  name,
  label,
  addLabel,
  accept,
  requiredMessage,
  capture,
  testId,
}: Readonly<{ name: string; label: string; addLabel: string; accept: string; requiredMessage?: string; capture?: boolean; testId?: string }>) {
  return (
    <Form.Item
      name={name}
      label={label}
      valuePropName="fileList"
      getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList}
      rules={requiredMessage === undefined ? [] : [{ required: true, type: 'array', min: 1, message: requiredMessage }]}
    >
      <Upload accept={accept} {...(capture === true ? { capture: 'environment' as const } : {})} listType="picture" beforeUpload={() => false} multiple>
        <Button block data-testid={testId}>
          {addLabel}
        </Button>
      </Upload>
    </Form.Item>
  );
}
