import { InputError } from '../importers/input-error.js';

/** The one place an exception becomes a user's message: InputError as is, anything else as a short Chinese line. */
export function userMessage(e: unknown, file: string): string {
  if (e instanceof InputError) return e.userMessage;
  if (e instanceof RangeError && /memory|allocation|Invalid (array|string) length/i.test(e.message)) {
    return `${file}：文件内容超出可处理的规模（内存不足），未能审核。`;
  }
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `${file}：读取时发生内部错误，文件未能审核（${detail}）。请将此文件反馈给维护者。`;
}
