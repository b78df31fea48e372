import { defineMessages } from '../ui/messages/define';

/** Uploads and downloads, shared by every feature that takes files. */
export const fileMessages = defineMessages({
  ja: {
    'file.error.tooLarge': 'ファイルが大きすぎます。1つ10MBまでです。',
    'file.error.type': 'この種類のファイルは送れません。PDF、画像（PNG・JPEG）、テキスト、CSV、Excel、Word、ZIP、音声（MP3・M4A）にしてください。',
    'file.error.empty': 'ファイルが空です。',
    'file.error.tooMany': 'ファイルは一度に5つまでです。',
    'file.size': '{size}KB',
  },
  en: {
    'file.error.tooLarge': 'The file is too large. Each file may be up to 10 MB.',
    'file.error.type': 'This kind of file cannot be sent. Please use PDF, images (PNG, JPEG), text, CSV, Excel, Word, ZIP or audio (MP3, M4A).',
    'file.error.empty': 'The file is empty.',
    'file.error.tooMany': 'Up to 5 files at a time.',
    'file.size': '{size} KB',
  },
});
