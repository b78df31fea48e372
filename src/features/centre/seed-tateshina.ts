import type { Db } from '../../db/client';
import { operators, sites, spaces, type SpaceKind } from './schema';

/** 立科町テレワークセンター as it is: the demo's operator, site and spaces. */
export async function seedTateshinaCentre(db: Db): Promise<void> {
  const [operator] = await db.insert(operators).values({ name: '一般社団法人立科町振興公社' }).returning();
  if (!operator) throw new Error('operator was not created');
  const [site] = await db
    .insert(sites)
    .values({
      operatorId: operator.id,
      name: '立科町テレワークセンター',
      address: '長野県北佐久郡立科町大字芦田2602-1',
      building: '2F ふるさと交流館「芦田宿」',
      opensAt: '09:00',
      closesAt: '17:00',
      yearlyClosedFrom: '12-29',
      yearlyClosedTo: '01-03',
    })
    .returning();
  if (!site) throw new Error('site was not created');
  const numbered = (kind: SpaceKind, label: string, count: number, offset: number) =>
    Array.from({ length: count }, (_, index) => ({
      siteId: site.id,
      kind,
      name: `${label} ${index + 1}`,
      capacity: 1,
      sortOrder: offset + index,
    }));
  await db.insert(spaces).values([
    ...numbered('booth', 'サテライトオフィスブース', 4, 0),
    ...numbered('meeting_booth', 'TV会議用ブース', 4, 10),
    { siteId: site.id, kind: 'shared', name: '共有ワークスペース', capacity: 20, sortOrder: 20 },
    { siteId: site.id, kind: 'kids', name: '子連れワークスペース', capacity: 5, sortOrder: 30 },
  ]);
}
