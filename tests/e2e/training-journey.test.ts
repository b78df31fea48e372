import { expect, it } from 'vitest';
import { addDays, todayInJapan } from '../../src/features/availability/calendar';
import { instantAt } from '../../src/features/bookings/booking-time';
import { expectNoAxeViolations } from './support/axe';
import { clickAndLoad, describeInBrowser, useE2E } from './support/e2e';
import { addTraineeToTranscriptionTeam } from './support/orders';

/** The demo's first transcription session: three days from today, 10:00–12:00 at the centre. */
const transcriptionSessionStart = instantAt(addDays(todayInJapan(), 3), 10 * 60);

describeInBrowser('the training path', () => {
  const e2e = useE2E();

  it('a trainee on a transcription team enrols, attends, passes the quiz, gains the skill and can then take a transcription task', async () => {
    // A director puts the trainee on the town's transcription order for OJT.
    const director = await e2e.signedIn('director');
    await addTraineeToTranscriptionTeam(director);
    await expect(director.getByRole('row', { name: /八ヶ岳 研修生/ }).textContent()).resolves.toContain('研修（OJT）');

    // Without the skill, the transcription tasks cannot be taken.
    const trainee = await e2e.signedIn('trainee');
    await trainee.goto('/tasks');
    await expect(trainee.getByRole('main').textContent()).resolves.toMatch(/まだ登録していない技能が必要な作業が\d+件あります/);
    await expect(trainee.getByRole('button', { name: /^「書き起こし \d+」を引き受ける$/ }).count()).resolves.toBe(0);

    // The course's quiz opens only to people taking part; the trainee enrols in the next session.
    await trainee.goto('/training');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: '音声の書き起こし 入門' }));
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('この研修の日程に参加した人、または修了した人が受けられます。');
    await clickAndLoad(trainee, trainee.getByRole('button', { name: /の日程に申し込む/ }).first());
    await expect(trainee.getByRole('status').textContent()).resolves.toContain('申し込みました。');
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('この研修の日程が始まってから受けられます。');
    await expectNoAxeViolations(trainee, 'the course page, enrolled before the session');

    // Half an hour into the session, the coordinator marks the trainee present.
    await e2e.moveClockTo(new Date(transcriptionSessionStart.getTime() + 30 * 60_000));
    const coordinator = await e2e.signedIn('coordinator');
    await coordinator.goto('/training/courses');
    await clickAndLoad(coordinator, coordinator.getByRole('link', { name: '音声の書き起こし 入門' }));
    await clickAndLoad(coordinator, coordinator.getByRole('table').getByRole('link').first());
    await clickAndLoad(coordinator, coordinator.getByRole('button', { name: '八ヶ岳 研修生さんを出席にする' }));
    await expect(coordinator.getByRole('row', { name: /八ヶ岳 研修生/ }).textContent()).resolves.toContain('出席');
    await expectNoAxeViolations(coordinator, 'the roster with attendance marked');

    // The trainee takes the quiz: an unanswered question is pointed out, then all right answers pass.
    await trainee.goto('/training');
    await clickAndLoad(trainee, trainee.getByRole('link', { name: '音声の書き起こし 入門' }));
    await clickAndLoad(trainee, trainee.getByRole('link', { name: '「書き起こしの確認テスト」を受ける' }));
    await expectNoAxeViolations(trainee, 'the quiz');
    await trainee.getByRole('group', { name: /問1/ }).getByLabel('書かない').check();
    await trainee.getByRole('group', { name: /問2/ }).getByLabel('［聞き取れず］と書いて先に進む').check();
    await clickAndLoad(trainee, trainee.getByRole('button', { name: '答えを送る' }));
    await expect(trainee.getByRole('alert').first().textContent()).resolves.toContain('問3: この問題の答えを1つ選んでください。');
    await expectNoAxeViolations(trainee, 'the quiz with an unanswered question');
    await trainee.getByRole('group', { name: /問3/ }).getByLabel('センターの外へ持ち出さず、作業にだけ使う').check();
    await clickAndLoad(trainee, trainee.getByRole('button', { name: '答えを送る' }));
    const result = await trainee.getByRole('main').textContent();
    expect(result).toContain('合格です。');
    expect(result).toContain('身についたスキル: 文字起こし・会議録（レベル1）');
    await expectNoAxeViolations(trainee, 'the passed result');
    await trainee.goto('/me/training');
    await expect(trainee.getByRole('table', { name: '受けた修了テスト' }).textContent()).resolves.toContain('書き起こしの確認テスト');
    await expectNoAxeViolations(trainee, 'my training with the result');

    // Now a transcription task can be taken, and it is OJT work at the training rate.
    await trainee.goto('/tasks');
    await clickAndLoad(trainee, trainee.getByRole('button', { name: /^「書き起こし \d+」を引き受ける$/ }).first());
    await expect(trainee.getByRole('status').textContent()).resolves.toContain('作業を引き受けました。');
    await expect(trainee.getByRole('main').textContent()).resolves.toContain('研修（OJT）の単価');
    await expectNoAxeViolations(trainee, 'the taken task');
  });
});
