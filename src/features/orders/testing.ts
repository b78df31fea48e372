import type { TestContext } from '../../testing/test-app';
import { tasks, workPackages, type PayKind } from '../breakdown/schema';
import { clients } from '../clients/schema';
import { ndaSignatures, orders, orderTeamMembers, type ConfidentialityLevel, type TeamRole } from './schema';

/** For tests: a client and a running order (status `in_progress`) with the given settings. */
export async function createOrder(
  test: TestContext,
  settings: Partial<typeof orders.$inferInsert> & { confidentiality?: ConfidentialityLevel } = {},
): Promise<{ orderId: string; clientId: string }> {
  const [client] = await test.db.insert(clients).values({ name: '株式会社テスト発注', status: 'active' }).returning({ id: clients.id });
  const [order] = await test.db
    .insert(orders)
    .values({ clientId: client!.id, title: '名刺データ入力', receivedOn: '2026-11-01', status: 'in_progress', deliveryDate: '2026-12-20', ...settings })
    .returning({ id: orders.id });
  return { orderId: order!.id, clientId: client!.id };
}

/** For tests: puts a user on an order's team. */
export async function addToTeam(test: TestContext, orderId: string, userId: string, role: TeamRole = 'member'): Promise<void> {
  await test.db.insert(orderTeamMembers).values({ orderId, userId, role });
}

/** For tests: records a signed NDA between a worker and a client. */
export async function signNda(test: TestContext, userId: string, clientId: string, signedOn = '2026-01-01'): Promise<void> {
  await test.db.insert(ndaSignatures).values({ userId, clientId, signedOn });
}

/** For tests: a work package of `count` open tasks on the order; returns the task ids in order. */
export async function createTasks(
  test: TestContext,
  orderId: string,
  count: number,
  settings: { requiredSkills?: string[]; payKind?: PayKind; payRateYen?: number; deadline?: string; units?: number; estimateMinutes?: number } = {},
): Promise<{ packageId: string; taskIds: string[] }> {
  const { requiredSkills = [], payKind = 'piece', payRateYen = 500, deadline = '2026-12-10', units = 50, estimateMinutes = 60 } = settings;
  const [workPackage] = await test.db
    .insert(workPackages)
    .values({ orderId, position: 1, title: '入力', unitName: '件', payKind, payRateYen, deadline, requiredSkills })
    .returning({ id: workPackages.id });
  const rows = await test.db
    .insert(tasks)
    .values(
      Array.from({ length: count }, (_, index) => ({
        packageId: workPackage!.id,
        orderId,
        position: index + 1,
        title: `入力 ${index + 1}`,
        units,
        estimateMinutes,
        payKind,
        payRateYen,
        deadline,
        requiredSkills,
      })),
    )
    .returning({ id: tasks.id, position: tasks.position });
  return { packageId: workPackage!.id, taskIds: rows.sort((a, b) => a.position - b.position).map((row) => row.id) };
}
