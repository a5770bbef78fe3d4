/**
 * Every catalog loaded before a test file runs: the doors load a language when they first speak it
 * (loadLanguage, src/messages/words.ts), but tests read the Spanish catalog directly (CATALOGS.es,
 * wordsFor('es')). test/messages/catalogs.test.ts shows the load itself on a fresh module.
 */
import { ES } from '../../src/messages/es';
import { CATALOGS } from '../../src/messages/words';

CATALOGS.es = ES;
