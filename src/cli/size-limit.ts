// The size limit every command that reads one named file applies, as cbo check does
// (maxFileBytes of the nearest .cborc.yaml): a 100 MB plan or CBO file is refused with a way
// out, not read for a minute.

/** What is said of a file over the limit, in English and Korean. */
export function tooLargeWords(file: string, size: number, max: number): { en: string; ko: string } {
  return {
    en: `${file} is too large to read (${size} characters, limit ${max}); raise maxFileBytes in .cborc.yaml to read it`,
    ko: `${file} 파일은 너무 커서 읽지 않았습니다(${size}자, 한도 ${max}). 읽으려면 .cborc.yaml의 maxFileBytes를 늘리세요`,
  };
}
