/**
 * Workbooks written by openpyxl (Debian's /usr/bin/python3 with python3-openpyxl, installed by
 * scripts/setup.sh), made at test time: openpyxl never calculates, so every formula it saves has an
 * empty cached value (<v></v>), as a budget officer's file passed through a Python script has.
 */
import { execFileSync } from 'child_process';

export const PYTHON = '/usr/bin/python3';

/** Opens `input` with openpyxl and saves it as `output`, as a script that edits a workbook does. */
export function resaveWithOpenpyxl(input: string, output: string): void {
  execFileSync(PYTHON, ['-c', 'import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nwb.save(sys.argv[2])', input, output], { stdio: 'pipe' });
}
