/**
 * Deterministic budgets of any size, for benchmarks and fuzz tests: realistic lines spread over the
 * sections of Appendix F, each one consistent (Admin + Program = Federal + Match, 50/50), some with
 * State 100% money, balanced so the budget keeps the rules unless asked otherwise.
 */
export interface SyntheticOptions {
  lines: number;
  state?: string;
  seed?: number;
}

/** A small, seedable generator (mulberry32), so a benchmark measures the same budget every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTIONS = [
  'personnel',
  'fringe',
  'travelOutOfState',
  'travelInState',
  'equipment',
  'supplies',
  'contractual',
  'other',
] as const;
const WEIGHTS = [40, 10, 5, 10, 5, 10, 10, 10];

export function syntheticBudgetJson(o: SyntheticOptions): Record<string, unknown> {
  const random = rng(o.seed ?? 23);
  const out: Record<string, unknown[]> = {};
  for (const s of SECTIONS) out[s] = [];
  const totalWeight = WEIGHTS.reduce((a, b) => a + b, 0);
  for (let i = 0; i < o.lines; i++) {
    let pick = random() * totalWeight;
    let section: (typeof SECTIONS)[number] = 'other';
    for (let k = 0; k < SECTIONS.length; k++) {
      pick -= WEIGHTS[k] as number;
      if (pick < 0) {
        section = SECTIONS[k] as (typeof SECTIONS)[number];
        break;
      }
    }
    const half = Math.round(random() * 40_000_00) + 100; // cents of each half
    const funded = half * 2;
    const adminPart = random() < 0.2 ? funded : random() < 0.1 ? Math.round(funded * random()) : 0;
    const state100 = random() < 0.1 ? Math.round(random() * 5_000_00) : 0;
    const amounts = {
      administration: adminPart / 100,
      program: (funded - adminPart) / 100,
      federal: half / 100,
      stateMatch: half / 100,
      ...(state100 ? { state100: state100 / 100 } : {}),
    };
    if (section === 'personnel') {
      const fte = 1;
      out.personnel!.push({
        title: `Position ${i + 1}`,
        programType: adminPart === funded ? 'Managers/Supervisors (Admin)' : 'Enforcement (safety)',
        name: 'Staff',
        annualSalary: (funded + state100) / 100,
        fte,
        ...amounts,
      });
    } else if (section === 'contractual') {
      out.contractual!.push({ item: `Contract ${i + 1}`, contractor: 'Vendor', ...amounts });
    } else {
      out[section]!.push({ item: `Item ${i + 1}`, ...amounts });
    }
  }
  const body: Record<string, unknown> = { state: o.state ?? 'MI', fiscalYear: 2012, awardLevel: 99_999_999_999 };
  for (const s of SECTIONS) if ((out[s] ?? []).length) body[s] = out[s];
  return body;
}
