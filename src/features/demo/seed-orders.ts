import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan, type BusinessDate } from '../availability/calendar';
import { tasks, workPackages, type PayKind } from '../breakdown/schema';
import { clients } from '../clients/schema';
import { ndaSignatures, orders, orderStatusChanges, orderTeamMembers, quoteItems, type OrderStatus } from '../orders/schema';
import { submissions, taskHolds, workLogEntries } from '../tasks/schema';

type Ids = Record<string, string>;

/** Terms as a real commission states them (フリーランス法 §3 and the MHLW guideline), for a demo order. */
export function termsOf(workContent: string, deliverable: string, deliveryDate: BusinessDate) {
  return {
    termsWorkContent: workContent,
    termsDeliverable: deliverable,
    deliveryDate,
    termsDeliveryPlace: 'Machiwork の作業ページ',
    termsDeliveryMethod: '作業ページから提出（ファイルは作業ページにアップロード）',
    inspectionDueOn: addDays(deliveryDate, 7),
    termsRate: '作業ごとの単価（作業ページに表示）',
    termsPaymentDate: '検収した月の翌月25日（銀行の休業日は前の営業日。検収日から60日以内）',
    termsPaymentMethod: '登録口座への銀行振込（振込手数料は事務局負担）',
    termsExpenses: '通信費・電気代は報酬に含みます。センター利用料はかかりません。',
    termsIntellectualProperty: '成果物の著作権は納品時に発注者へ移ります。',
    termsPersonalData: '作業で知った個人情報は作業以外に使わず、作業が終わったら手元の控えを消します。',
    termsDefects: '不備があれば検品で差し戻します。直した分も報酬の対象です。遅れそうなときは早めにリーダーへ連絡してください。',
  };
}

/** A demo order with its status history; returns its id. */
export async function addOrder(
  db: Db,
  values: typeof orders.$inferInsert,
  history: { status: OrderStatus; on: BusinessDate }[],
  directorId: string | null,
): Promise<string> {
  const [order] = await db.insert(orders).values({ ...values, createdBy: directorId }).returning({ id: orders.id });
  let from: OrderStatus | null = null;
  for (const step of history) {
    await db.insert(orderStatusChanges).values({ orderId: order!.id, fromStatus: from, toStatus: step.status, changedBy: directorId, changedAt: new Date(`${step.on}T10:00:00+09:00`) });
    from = step.status;
  }
  return order!.id;
}

/** A demo work package split into `count` tasks; returns the ids. */
export async function addPackage(
  db: Db,
  orderId: string,
  spec: { position: number; title: string; unitName: string; payKind: PayKind; payRateYen: number; deadline: BusinessDate; skills: string[]; count: number; units: number; minutes: number; instructions: string },
  follows?: { packageId: string; taskIds: string[] },
): Promise<{ packageId: string; taskIds: string[] }> {
  const [workPackage] = await db
    .insert(workPackages)
    .values({
      orderId,
      position: spec.position,
      title: spec.title,
      unitName: spec.unitName,
      instructions: spec.instructions,
      payKind: spec.payKind,
      payRateYen: spec.payRateYen,
      deadline: spec.deadline,
      requiredSkills: spec.skills,
      followsPackageId: follows?.packageId ?? null,
    })
    .returning({ id: workPackages.id });
  const rows = await db
    .insert(tasks)
    .values(
      Array.from({ length: spec.count }, (_, index) => ({
        packageId: workPackage!.id,
        orderId,
        position: index + 1,
        title: `${spec.title} ${index + 1}`,
        units: spec.units,
        estimateMinutes: spec.minutes,
        payKind: spec.payKind,
        payRateYen: spec.payRateYen,
        deadline: spec.deadline,
        requiredSkills: spec.skills,
        dependsOnTaskId: follows?.taskIds[index] ?? null,
      })),
    )
    .returning({ id: tasks.id, position: tasks.position });
  return { packageId: workPackage!.id, taskIds: rows.sort((a, b) => a.position - b.position).map((row) => row.id) };
}

/**
 * Orders at every stage, so each page has something to show: a business-card entry order in
 * progress (some tasks accepted, one awaiting review, one held by the trainee, who is on its team
 * for OJT and may take its open data-entry tasks once they have the skill), the town's
 * centre-only transcription, an NDA-level order, an inquiry and a quote.
 */
export async function seedDemoOrders(db: Db, now = new Date()): Promise<void> {
  const today = todayInJapan(now);
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['director', 'leader', 'worker', 'trainee']));
  const user: Ids = Object.fromEntries(people.map((person) => [person.loginId, person.id]));
  const director = user.director ?? null;
  const [asama] = await db
    .insert(clients)
    .values({ name: '株式会社あさま商事', nameKana: 'アサマショウジ', status: 'active', postalCode: '3850051', address: '長野県佐久市中込1-1-1', createdBy: director })
    .returning({ id: clients.id });
  const known = await db.select({ id: clients.id, name: clients.name }).from(clients).where(inArray(clients.name, ['立科町', '株式会社しらかばデータ']));
  const client: Ids = { ...Object.fromEntries(known.map((row) => [row.name, row.id])), あさま: asama!.id };
  const started = (days: number) => [
    { status: 'inquiry' as const, on: addDays(today, -days) },
    { status: 'quoted' as const, on: addDays(today, -days + 3) },
    { status: 'ordered' as const, on: addDays(today, -days + 7) },
    { status: 'in_progress' as const, on: addDays(today, -days + 8) },
  ];

  const cards = await addOrder(
    db,
    {
      clientId: client.あさま!,
      title: '名刺データ入力（2,000枚）',
      inquiry: '展示会で集めた名刺2,000枚を、顧客リスト（Excel）にしたい。',
      receivedOn: addDays(today, -20),
      status: 'in_progress',
      requiredSkills: ['data_entry'],
      quoteIssuedOn: addDays(today, -17),
      quoteValidUntil: addDays(today, 13),
      ...termsOf('名刺の画像を見て、会社名・氏名・連絡先を入力フォームに入力する', '入力済みのデータ（作業ごとに50件）', addDays(today, 28)),
      // OJT: the trainee on this team is paid 80% of each task's rate (¥12 → ¥9 a card).
      trainingRatePercent: 80,
    },
    started(20),
    director,
  );
  await db.insert(quoteItems).values([
    { orderId: cards, position: 1, description: '名刺データ入力', quantity: 2000, unit: '枚', unitPriceYen: 20, taxRate: 10 },
    { orderId: cards, position: 2, description: '入力内容の確認', quantity: 2000, unit: '枚', unitPriceYen: 8, taxRate: 10 },
  ]);
  await db.insert(orderTeamMembers).values([
    { orderId: cards, userId: user.leader!, role: 'leader', addedBy: director },
    { orderId: cards, userId: user.worker!, role: 'member', addedBy: director },
    { orderId: cards, userId: user.trainee!, role: 'trainee', addedBy: director },
  ]);
  const entry = await addPackage(db, cards, {
    position: 1,
    title: '入力',
    unitName: '件',
    payKind: 'piece',
    payRateYen: 12,
    deadline: addDays(today, 21),
    skills: ['data_entry'],
    count: 40,
    units: 50,
    minutes: 60,
    instructions: '名刺1枚を1件として、会社名・部署・氏名・フリガナ・電話・メールを入力します。読めない文字は「？」にしてください。',
  });
  await addPackage(
    db,
    cards,
    {
      position: 2,
      title: '確認',
      unitName: '件',
      payKind: 'piece',
      payRateYen: 4,
      deadline: addDays(today, 25),
      skills: ['data_entry'],
      count: 40,
      units: 50,
      minutes: 20,
      instructions: '入力された50件を名刺の画像と見比べ、違いがあれば直します。',
    },
    entry,
  );
  // Three accepted, one awaiting review (the worker's), one held by the trainee.
  for (const [index, taskId] of entry.taskIds.slice(0, 3).entries()) {
    const day = addDays(today, -6 + index * 2);
    await db.update(tasks).set({ status: 'accepted', acceptedOn: addDays(day, 1) }).where(inArray(tasks.id, [taskId]));
    await db.insert(workLogEntries).values({ taskId, workerId: user.worker!, workedOn: day, minutes: 55 + index * 5, units: 50 });
    await db.insert(submissions).values({
      taskId,
      workerId: user.worker!,
      units: 50,
      submittedAt: new Date(`${day}T15:00:00+09:00`),
      needsReview: true,
      decision: 'accepted',
      reviewedBy: user.leader!,
      reviewedAt: new Date(`${addDays(day, 1)}T10:00:00+09:00`),
      inspectedOn: addDays(day, 1),
    });
  }
  const waiting = entry.taskIds[3]!;
  await db.update(tasks).set({ status: 'handed_in' }).where(inArray(tasks.id, [waiting]));
  await db.insert(workLogEntries).values({ taskId: waiting, workerId: user.worker!, workedOn: addDays(today, -1), minutes: 62, units: 50 });
  await db.insert(submissions).values({ taskId: waiting, workerId: user.worker!, units: 50, note: '3件、電話番号が読めませんでした（「？」にしました）。', submittedAt: new Date(now.getTime() - 20 * 3600_000), needsReview: true });
  const held = entry.taskIds[4]!;
  await db.update(tasks).set({ status: 'held' }).where(inArray(tasks.id, [held]));
  await db.insert(taskHolds).values({ taskId: held, workerId: user.trainee!, source: 'taken', startedAt: new Date(now.getTime() - 2 * 3600_000), expiresAt: new Date(now.getTime() + 22 * 3600_000) });

  const transcription = await addOrder(
    db,
    {
      clientId: client.立科町!,
      title: '広報たてしな 音声の書き起こし',
      inquiry: '町の会議と広報番組の録音を文字にしたい。個人名が出るので、センターの中での作業をお願いしたい。',
      receivedOn: addDays(today, -12),
      status: 'in_progress',
      confidentiality: 'centre_only',
      requiredSkills: ['transcription'],
      reviewPolicy: 'sample',
      reviewSamplePercent: 25,
      ...termsOf('録音（1本30分）を聞いて、話された言葉をそのまま文字にする', '書き起こした文章（Word または テキスト）', addDays(today, 16)),
      termsPersonalData: '録音に出てくる個人の情報は、センターの外へ持ち出さず、作業以外に使いません。',
    },
    started(12),
    director,
  );
  await db.insert(orderTeamMembers).values([
    { orderId: transcription, userId: user.leader!, role: 'leader', addedBy: director },
    { orderId: transcription, userId: user.worker!, role: 'member', addedBy: director },
  ]);
  await addPackage(db, transcription, {
    position: 1,
    title: '書き起こし',
    unitName: '分',
    payKind: 'hour',
    payRateYen: 1000,
    deadline: addDays(today, 12),
    skills: ['transcription'],
    count: 12,
    units: 30,
    minutes: 90,
    instructions: '「えー」「あの」は書きません。聞き取れない所は［聞き取れず］と書いてください。',
  });

  const health = await addOrder(
    db,
    {
      clientId: client.あさま!,
      title: '健康診断結果の入力',
      inquiry: '社員の健康診断の結果票を表に入力したい。',
      receivedOn: addDays(today, -8),
      status: 'in_progress',
      confidentiality: 'nda',
      requiredSkills: ['data_entry'],
      ...termsOf('健康診断の結果票を見て、決められた表に数値を入力する', '入力済みの表（Excel）', addDays(today, 20)),
    },
    started(8),
    director,
  );
  await db.insert(orderTeamMembers).values([
    { orderId: health, userId: user.leader!, role: 'leader', addedBy: director },
    { orderId: health, userId: user.worker!, role: 'member', addedBy: director },
  ]);
  await db.insert(ndaSignatures).values({ userId: user.leader!, clientId: client.あさま!, signedOn: addDays(today, -8), recordedBy: director });
  await addPackage(db, health, {
    position: 1,
    title: '結果票の入力',
    unitName: '件',
    payKind: 'piece',
    payRateYen: 30,
    deadline: addDays(today, 18),
    skills: ['data_entry'],
    count: 10,
    units: 20,
    minutes: 45,
    instructions: '結果票1枚を1件として入力します。',
  });

  if (client.株式会社しらかばデータ) {
    await addOrder(
      db,
      { clientId: client.株式会社しらかばデータ, title: 'アンケート集計', inquiry: '紙のアンケート約800枚を集計したい。', receivedOn: addDays(today, -3) },
      [{ status: 'inquiry', on: addDays(today, -3) }],
      director,
    );
  }
  const history = await addOrder(
    db,
    {
      clientId: client.立科町!,
      title: '町史資料のテキスト化',
      inquiry: '古い町史の資料（約300ページ）をテキストにしたい。',
      receivedOn: addDays(today, -6),
      status: 'quoted',
      quoteIssuedOn: addDays(today, -2),
      quoteValidUntil: addDays(today, 28),
    },
    [
      { status: 'inquiry', on: addDays(today, -6) },
      { status: 'quoted', on: addDays(today, -2) },
    ],
    director,
  );
  await db.insert(quoteItems).values([
    { orderId: history, position: 1, description: '資料のテキスト入力', quantity: 300, unit: 'ページ', unitPriceYen: 400, taxRate: 10 },
    { orderId: history, position: 2, description: '校正', quantity: 300, unit: 'ページ', unitPriceYen: 150, taxRate: 10 },
  ]);
}
