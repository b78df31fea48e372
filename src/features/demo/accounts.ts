import type { Role } from '../../auth/roles';

/** Published on purpose: demo mode only, never in production. */
export const demoPassword = 'machiwork-demo';

export const demoAccounts: { loginId: string; role: Role; displayName: string }[] = [
  { loginId: 'admin', role: 'admin', displayName: '芦田 事務局' },
  { loginId: 'coordinator', role: 'coordinator', displayName: '蓼科 コーディネーター' },
  { loginId: 'director', role: 'director', displayName: '佐久 ディレクター' },
  { loginId: 'leader', role: 'leader', displayName: '白樺 リーダー' },
  { loginId: 'worker', role: 'worker', displayName: '女神 ワーカー' },
  { loginId: 'trainee', role: 'trainee', displayName: '八ヶ岳 研修生' },
  { loginId: 'supporter', role: 'supporter', displayName: '千曲 支援者' },
  { loginId: 'client', role: 'client', displayName: '川口 発注者' },
  { loginId: 'tenant', role: 'tenant', displayName: '東京 進出企業' },
  { loginId: 'guest', role: 'guest', displayName: '山田 ゲスト' },
];
