// Sizes in the messages that refuse a file over `maxFileBytes` (a CBO file, a measurements
// CSV): one way of writing them, so the CLI, the editor and every such message agree.
import type { Lang } from './finding';

/** Megabytes with one decimal from 0.1 MB up, two significant digits below ("0.0012"). */
export function megabytes(n: number): string {
  return n >= 1e5 ? (n / 1e6).toFixed(1) : (n / 1e6).toPrecision(2);
}

/** Why a CBO file of `length` characters was not read: the lint finding's message, and the portfolio's. */
export function tooLargeMessage(length: number, max: number, lang: Lang): string {
  return lang === 'ko'
    ? `파일이 너무 커서(${megabytes(length)} MB, 한도 ${megabytes(max)} MB) 검사하지 않았습니다. 파일을 나누거나 .cborc.yaml의 maxFileBytes를 올리세요.`
    : `This file is too large to check (${megabytes(length)} MB, limit ${megabytes(max)} MB). Split it, or raise maxFileBytes in .cborc.yaml.`;
}
