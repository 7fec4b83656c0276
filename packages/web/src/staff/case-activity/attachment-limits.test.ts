import { allowedAttachmentTypes, MAX_ATTACHMENT_BYTES as STORE_MAX } from '@raksa/store';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_ATTACHMENT_TYPES,
  checkFile,
  formatSize,
  MAX_ATTACHMENT_BYTES,
  mediaTypeOf,
  sha256Hex,
} from './attachment-limits.ts';

describe('the attachment limits', () => {
  it('are the store’s: the same size limit and types', () => {
    expect(MAX_ATTACHMENT_BYTES).toBe(STORE_MAX);
    expect([...ALLOWED_ATTACHMENT_TYPES]).toEqual([...allowedAttachmentTypes]);
  });

  it('accept an allowed file up to exactly 10 MB, and refuse a bigger, empty or unknown one', () => {
    expect(checkFile({ name: 'statement.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES })).toEqual({
      mediaType: 'application/pdf',
    });
    expect(checkFile({ name: 'statement.pdf', type: 'application/pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toEqual({
      problem: 'too_big',
    });
    expect(checkFile({ name: 'statement.pdf', type: 'application/pdf', size: 0 })).toEqual({ problem: 'empty' });
    expect(checkFile({ name: 'page.html', type: 'text/html', size: 10 })).toEqual({ problem: 'wrong_type' });
    expect(checkFile({ name: 'setup.exe', type: 'application/x-msdownload', size: 10 })).toEqual({
      problem: 'wrong_type',
    });
    expect(checkFile({ name: 'bad\u0007name.txt', type: 'text/plain', size: 10 })).toEqual({ problem: 'name_invalid' });
  });

  it('fall back on the extension when the browser names the type differently or not at all', () => {
    expect(mediaTypeOf({ name: 'voice.M4A', type: 'audio/x-m4a' })).toBe('audio/mp4');
    expect(mediaTypeOf({ name: 'letter.docx', type: '' })).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(mediaTypeOf({ name: 'notes.txt', type: 'text/plain;charset=utf-8' })).toBe('text/plain');
    expect(mediaTypeOf({ name: 'archive.zip', type: '' })).toBeNull();
  });

  it('show sizes in bytes, KB and MB', () => {
    expect(formatSize(512, 'en')).toBe('512 B');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(MAX_ATTACHMENT_BYTES + 1, 'en')).toBe('10 MB');
    expect(formatSize(11 * 1024 * 1024, 'en')).toBe('11 MB');
  });

  it('hash bytes with SHA-256 as the server does', async () => {
    expect(await sha256Hex(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
