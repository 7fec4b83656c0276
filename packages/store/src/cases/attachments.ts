import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { StoreError } from '../errors.ts';
import { withTransaction, type StoreContext } from '../records/store-context.ts';
import { getRecord, insertRecord, listRecords, type BaseRecord, type TableSpec } from '../records/versioned-record.ts';
import { actorSchema, boundedText, id, type Actor } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Documents, images and audio a case file holds; nothing executable, no HTML. */
export const allowedAttachmentTypes = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'audio/mpeg',
  'audio/ogg',
  'audio/mp4',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

export interface AttachmentRecord extends BaseRecord {
  readonly caseId: string;
  readonly uploadedByUserId: string | null;
  readonly fileName: string;
  readonly mimeType: (typeof allowedAttachmentTypes)[number];
  readonly sizeBytes: number;
  readonly contentSha256: string;
}

const attachmentSpec: TableSpec = {
  entity: 'attachment',
  table: 'attachments',
  fields: {
    caseId: 'plain',
    uploadedByUserId: 'plain',
    fileName: 'encrypted',
    mimeType: 'plain',
    sizeBytes: 'plain',
    contentSha256: 'plain',
  },
};

const addAttachmentSchema = z
  .object({
    caseId: id,
    fileName: boundedText(255, 1).refine((name) => !/[/\\]/u.test(name), 'must be a file name, not a path'),
    mimeType: z.enum(allowedAttachmentTypes),
    content: z
      .instanceof(Uint8Array)
      .refine((bytes) => bytes.byteLength > 0, 'must not be empty')
      .refine((bytes) => bytes.byteLength <= MAX_ATTACHMENT_BYTES, `must be at most ${MAX_ATTACHMENT_BYTES} bytes`),
  })
  .strict();

export function createAttachmentRepository(ctx: StoreContext) {
  return {
    /** Stores the bytes encrypted, with their SHA-256 and size. */
    async add(input: z.input<typeof addAttachmentSchema>, actor: Actor): Promise<AttachmentRecord> {
      const a = parseInput(addAttachmentSchema, input, 'attachment');
      const who = parseInput(actorSchema, actor, 'actor');
      const attachmentId = randomUUID();
      return withTransaction(ctx, async (tx) => {
        const theCase = await tx.db.selectFrom('cases').select('id').where('id', '=', a.caseId).executeTakeFirst();
        if (!theCase) throw new StoreError('not_found', `case ${a.caseId} does not exist`);
        return insertRecord<AttachmentRecord>(
          tx,
          attachmentSpec,
          {
            caseId: a.caseId,
            uploadedByUserId: who.userId,
            fileName: a.fileName,
            mimeType: a.mimeType,
            sizeBytes: a.content.byteLength,
            contentSha256: createHash('sha256').update(a.content).digest('hex'),
          },
          who,
          // The bytes stay out of the record and its history; they are bound to the attachment's id.
          {
            extraColumns: {
              id: attachmentId,
              content: ctx.cipher.encryptBytes(a.content, `attachments.content.${attachmentId}`),
            },
          },
        );
      });
    },
    async get(attachmentId: string): Promise<AttachmentRecord> {
      return getRecord(ctx, attachmentSpec, parseInput(id, attachmentId, 'attachment id'));
    },
    /** The decrypted bytes, checked against the stored SHA-256. */
    async readContent(attachmentId: string): Promise<Uint8Array> {
      const target = parseInput(id, attachmentId, 'attachment id');
      const row = (await ctx.db
        .selectFrom('attachments')
        .select(['content', 'content_sha256'])
        .where('id', '=', target)
        .executeTakeFirst()) as { content: string; content_sha256: string } | undefined;
      if (!row) throw new StoreError('not_found', `attachment ${attachmentId} does not exist`);
      const bytes = ctx.cipher.decryptBytes(row.content, `attachments.content.${target}`);
      if (createHash('sha256').update(bytes).digest('hex') !== row.content_sha256) {
        throw new StoreError('conflict', `attachment ${attachmentId} does not match its stored hash`);
      }
      return new Uint8Array(bytes);
    },
    async listForCase(caseId: string): Promise<AttachmentRecord[]> {
      const target = parseInput(id, caseId, 'case id');
      return listRecords(ctx, attachmentSpec, (q) =>
        q.where('case_id', '=', target).orderBy('created_at').orderBy('id'),
      );
    },
  };
}
