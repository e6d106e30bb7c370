import { InputError } from '../importers/input-error.js';

/**
 * The one place an exception becomes a user's message. An InputError is said
 * as it is; anything else is an internal error, said as a short Chinese line
 * naming what was being done (`doing`) and asking for the file, never a stack.
 */
export function userMessage(e: unknown, file: string, doing = '读取时'): string {
  if (e instanceof InputError) return e.userMessage;
  if (e instanceof RangeError && /memory|allocation|Invalid (array|string) length/i.test(e.message)) {
    return `${file}：文件内容超出可处理的规模（内存不足），未能处理。`;
  }
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return `${file}：${doing}发生内部错误（${detail}），未能完成。请将此文件反馈给维护者。`;
}
