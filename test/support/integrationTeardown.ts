/** The `integration` project's globalTeardown: the LibreOffice profiles its workers made (libreoffice.ts). */
import * as fs from 'fs';
import { profileRoot } from './libreoffice';

export default function removeProfiles(): void {
  fs.rmSync(profileRoot(process.pid), { recursive: true, force: true });
}
