import { inArray } from 'drizzle-orm';
import { users } from '../../auth/schema';
import type { Db } from '../../db/client';
import { addDays, todayInJapan } from '../availability/calendar';
import { instantAt } from '../bookings/booking-time';
import { addMaterial } from './add-material';
import { assessmentAttempts, assessmentQuestions, assessments, courseCompletions, coursePrerequisites, courses, courseSessions, sessionEnrolments } from './schema';

const centre = '立科町テレワークセンター';

/**
 * Demo training along the programme's path: computer basics first, then three practical courses
 * needing it. The demo trainee completed the basics (present at a past session), was present at
 * the data-entry session two days ago and passed its quiz (which is how they hold data entry,
 * level 1, and completed the course). Transcription, whose quiz grants the skill the
 * town's transcription order needs, is their natural next step: they are not enrolled yet. The
 * image-cutting session is full, with the demo leader waiting, and has a practical assessment
 * staff score. A link and a small text file as materials; the file only when a data folder is given.
 */
export async function seedDemoTraining(db: Db, dataDir?: string, now = new Date()): Promise<void> {
  const people = await db.select({ id: users.id, loginId: users.loginId }).from(users).where(inArray(users.loginId, ['trainee', 'worker', 'leader', 'coordinator']));
  const id = (loginId: string) => people.find((person) => person.loginId === loginId)?.id;
  const [trainee, worker, leader, coordinator] = [id('trainee'), id('worker'), id('leader'), id('coordinator')];
  if (!trainee || !worker || !leader || !coordinator) return;
  const [basics, dataEntry, imageCutting, transcription] = await db
    .insert(courses)
    .values([
      { title: 'パソコンの基本', stage: 'basics', level: 1, createdBy: coordinator, description: '電源の入れ方、マウスとキーボード、ファイルの保存まで。はじめての方も安心してご参加ください。' },
      { title: 'データ入力の実践', stage: 'practical', level: 1, createdBy: coordinator, description: '実際の仕事に近い表を使って、正確に入力する練習をします。' },
      { title: '画像の切り抜き 実践', stage: 'practical', level: 2, createdBy: coordinator, description: '商品写真の背景を切り抜く作業を、見本を見ながら練習します。' },
      { title: '音声の書き起こし 入門', stage: 'practical', level: 1, createdBy: coordinator, description: '会議の録音を聞いて、決まりに沿って文字にする練習をします。ヘッドホンはセンターで貸し出します。' },
    ])
    .returning({ id: courses.id });
  await db.insert(coursePrerequisites).values([
    { courseId: dataEntry!.id, requiresCourseId: basics!.id },
    { courseId: imageCutting!.id, requiresCourseId: basics!.id },
    { courseId: transcription!.id, requiresCourseId: basics!.id },
  ]);
  const today = todayInJapan(now);
  const session = (courseId: string, days: number, where: { place?: string; onlineUrl?: string }, capacity: number) => ({
    courseId,
    startsAt: instantAt(addDays(today, days), 10 * 60),
    endsAt: instantAt(addDays(today, days), 12 * 60),
    place: where.place ?? null,
    onlineUrl: where.onlineUrl ?? null,
    capacity,
  });
  const [pastBasics, , , , , fullImage, pastDataEntry] = await db
    .insert(courseSessions)
    .values([
      session(basics!.id, -21, { place: centre }, 6),
      session(basics!.id, 7, { place: centre }, 6),
      session(basics!.id, 14, { onlineUrl: 'https://meet.example.jp/machiwork-basics' }, 10),
      session(dataEntry!.id, 5, { place: centre, onlineUrl: 'https://meet.example.jp/machiwork-data-entry' }, 8),
      session(dataEntry!.id, 12, { onlineUrl: 'https://meet.example.jp/machiwork-data-entry' }, 8),
      session(imageCutting!.id, 9, { place: centre }, 1),
      session(dataEntry!.id, -2, { place: centre }, 8),
      session(transcription!.id, 3, { place: centre }, 6),
      session(transcription!.id, 17, { onlineUrl: 'https://meet.example.jp/machiwork-transcription' }, 10),
    ])
    .returning({ id: courseSessions.id });
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  await db.insert(sessionEnrolments).values([
    { sessionId: pastBasics!.id, userId: trainee, status: 'enrolled', createdAt: minutesAgo(40_000), attendance: 'present', attendanceMarkedBy: coordinator },
    { sessionId: pastDataEntry!.id, userId: trainee, status: 'enrolled', createdAt: minutesAgo(20_000), attendance: 'present', attendanceMarkedBy: coordinator },
    { sessionId: fullImage!.id, userId: worker, status: 'enrolled', createdAt: minutesAgo(300) },
    { sessionId: fullImage!.id, userId: leader, status: 'waitlisted', createdAt: minutesAgo(200) },
  ]);
  await db.insert(courseCompletions).values([
    ...[trainee, worker, leader].map((userId) => ({ courseId: basics!.id, userId, recordedBy: coordinator, completedAt: minutesAgo(30_000), note: userId === trainee ? 'ていねいに取り組めました' : null })),
    // Passing the course's quiz records its completion.
    { courseId: dataEntry!.id, userId: trainee, completedAt: minutesAgo(2_700) },
  ]);
  await addMaterial(db, { courseId: dataEntry!.id, material: { kind: 'link', title: 'IPA（情報処理推進機構）のサイト', url: 'https://www.ipa.go.jp/' }, staffId: coordinator, dataDir: dataDir ?? '' });
  if (dataDir) {
    const bytes = new TextEncoder().encode('データ入力の手順\n\n1. 元の表を開く\n2. 一行ずつ入力する\n3. 入力したら、声に出して読み合わせる\n');
    const file = { name: 'データ入力の手順.txt', extension: 'txt', contentType: 'text/plain; charset=utf-8', bytes };
    await addMaterial(db, { courseId: dataEntry!.id, material: { kind: 'file', title: 'データ入力の手順', file }, staffId: coordinator, dataDir });
  }
  await seedDemoAssessments(db, { dataEntry: dataEntry!.id, imageCutting: imageCutting!.id, transcription: transcription!.id, coordinator, trainee }, minutesAgo(2_700));
}

type Question = { prompt: string; choices: string[]; correctChoice: number };

/**
 * The data-entry quiz (four questions, 70 points to pass; the trainee passed it at `passedAt`), the
 * transcription quiz (three questions, 70 to pass) and a practical image-cutting assessment.
 */
async function seedDemoAssessments(
  db: Db,
  ids: { dataEntry: string; imageCutting: string; transcription: string; coordinator: string; trainee: string },
  passedAt: Date,
) {
  const [quiz, , transcriptionQuiz] = await db
    .insert(assessments)
    .values([
      { courseId: ids.dataEntry, title: 'データ入力の確認テスト', kind: 'quiz', skill: 'data_entry', level: 1, passPercent: 70, createdBy: ids.coordinator },
      { courseId: ids.imageCutting, title: '商品写真の切り抜き（実技）', kind: 'practical', skill: 'design', level: 1, passPercent: 60, createdBy: ids.coordinator },
      { courseId: ids.transcription, title: '書き起こしの確認テスト', kind: 'quiz', skill: 'transcription', level: 1, passPercent: 70, createdBy: ids.coordinator },
    ])
    .returning({ id: assessments.id });
  const questions: Question[] = [
    { prompt: '入力が終わったら、まず何をしますか。', choices: ['すぐに次の仕事に進む', '元の資料と見比べて、まちがいがないか確かめる', '入力したデータを消しておく'], correctChoice: 1 },
    { prompt: '元の資料の字がかすれていて読めません。どうしますか。', choices: ['読めそうな字を想像して入力する', '何も言わずに空欄のまま出す', '担当者に聞いて確かめる'], correctChoice: 2 },
    { prompt: '電話番号を入力するとき、正しいのはどれですか。', choices: ['決められた書き方（たとえば半角の数字とハイフン）にそろえる', '全角と半角がまざっていてもよい', 'ハイフンは好きなところに入れる'], correctChoice: 0 },
    { prompt: '名前や住所が書かれた資料の扱いで、正しいのはどれですか。', choices: ['家族に見せて、いっしょに確かめてもらう', 'あとで使えるように、自分のパソコンに写しを残す', '作業が終わったら、決められた方法で返すか消す'], correctChoice: 2 },
  ];
  const transcriptionQuestions: Question[] = [
    { prompt: '録音に「えー」「あの」が入っていました。どう書きますか。', choices: ['聞こえたとおりに全部書く', '書かない', '（えー）とかっこに入れて書く'], correctChoice: 1 },
    { prompt: '何度聞いても聞き取れない言葉がありました。どうしますか。', choices: ['［聞き取れず］と書いて先に進む', '前後から想像して書く', 'その録音の書き起こしをやめる'], correctChoice: 0 },
    { prompt: '録音に出てくる人の名前や住所は、どう扱いますか。', choices: ['メモに書いて家に持ち帰る', 'センターの外へ持ち出さず、作業にだけ使う', '知り合いの名前なら、本人に知らせる'], correctChoice: 1 },
  ];
  const questionRows = (assessmentId: string, list: Question[]) => list.map((question, index) => ({ assessmentId, position: index + 1, ...question }));
  await db.insert(assessmentQuestions).values([...questionRows(quiz!.id, questions), ...questionRows(transcriptionQuiz!.id, transcriptionQuestions)]);
  await db.insert(assessmentAttempts).values({
    assessmentId: quiz!.id,
    userId: ids.trainee,
    scorePercent: 100,
    passed: true,
    answers: questions.map((question) => question.correctChoice),
    takenAt: passedAt,
  });
}
