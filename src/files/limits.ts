/** The most one uploaded file may hold, and the most one form may carry in all. */
export const maxFileBytes = 10 * 1024 * 1024;
export const maxFilesPerUpload = 5;
export const maxUploadBodyBytes = maxFilesPerUpload * maxFileBytes + 1024 * 1024;

/**
 * The kinds of file people hand work over in, by extension. The type is decided from the name
 * (and checked against the first bytes where the format has a signature), never taken from the browser.
 */
export const allowedFileTypes: Record<string, { contentType: string; signature?: number[] }> = {
  pdf: { contentType: 'application/pdf', signature: [0x25, 0x50, 0x44, 0x46] },
  png: { contentType: 'image/png', signature: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { contentType: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
  jpeg: { contentType: 'image/jpeg', signature: [0xff, 0xd8, 0xff] },
  txt: { contentType: 'text/plain; charset=utf-8' },
  csv: { contentType: 'text/csv; charset=utf-8' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', signature: [0x50, 0x4b, 0x03, 0x04] },
  docx: { contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', signature: [0x50, 0x4b, 0x03, 0x04] },
  zip: { contentType: 'application/zip', signature: [0x50, 0x4b, 0x03, 0x04] },
  mp3: { contentType: 'audio/mpeg' },
  m4a: { contentType: 'audio/mp4' },
};
