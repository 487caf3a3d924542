/** What each kind of judicial notice says, in the languages courts publish in. @module */
import type { LocalizedText, NotificationKind } from '@adalat/sdk/contract';

export const NOTICE_TITLES: Readonly<Record<NotificationKind, LocalizedText>> = {
  hearing_summons: { en: 'Summons to a hearing', ar: 'تبليغ بموعد جلسة', fa: 'احضاریه جلسه دادرسی', kk: 'Сот отырысына шақыру', ru: 'Вызов в судебное заседание' },
  judicial_act_issued: { en: 'A judicial act was issued', ar: 'صدور قرار قضائي', fa: 'صدور رأی', kk: 'Сот актісі шығарылды', ru: 'Вынесен судебный акт' },
  filing_reviewed: { en: 'Your filing was reviewed', ar: 'تمت مراجعة لائحتك', fa: 'دادخواست شما بررسی شد', kk: 'Өтінішіңіз қаралды', ru: 'Ваше обращение рассмотрено' },
  memorandum_served: { en: 'A memorandum was served on you', ar: 'تبليغ مذكرة', fa: 'ابلاغ لایحه', kk: 'Сізге түсініктеме жолданды', ru: 'Вам направлен отзыв' },
  appeal_deadline_notice: { en: 'Appeal deadline', ar: 'إشعار بموعد الطعن', fa: 'اخطار مهلت تجدیدنظر', kk: 'Шағымдану мерзімі', ru: 'Срок обжалования' },
  execution_update: { en: 'Execution file update', ar: 'مستجدات ملف التنفيذ', fa: 'به‌روزرسانی پرونده اجرایی', kk: 'Атқарушылық іс жаңартылды', ru: 'Изменения по исполнительному производству' },
};

export const NOTICE_BODIES: Readonly<Record<NotificationKind, LocalizedText>> = {
  hearing_summons: { en: 'You are summoned to attend the hearing set in this case. Bring your documents.', ar: 'أنت مبلَّغ بحضور الجلسة المحددة في هذه الدعوى مع مستنداتك.' },
  judicial_act_issued: { en: 'The court issued a judicial act in this case; it is attached. Appeal periods run from service.', ar: 'أصدرت المحكمة قرارًا في هذه الدعوى، وهو مرفق. تسري مدد الطعن من تاريخ التبليغ.' },
  filing_reviewed: { en: 'The court reviewed your filing. Read the outcome and any reasons given.', ar: 'راجعت المحكمة لائحتك. اطّلع على النتيجة والأسباب.' },
  memorandum_served: { en: 'The other party filed a memorandum; you may answer it within the time the court set.', ar: 'قدّم الطرف الآخر مذكرة، ويمكنك الرد عليها خلال المدة التي حددتها المحكمة.' },
  appeal_deadline_notice: { en: 'The period to appeal the judgment in this case is running.', ar: 'مدة الطعن في الحكم الصادر في هذه الدعوى سارية.' },
  execution_update: { en: 'There is news in your execution file.', ar: 'هناك مستجدات في ملف التنفيذ الخاص بك.' },
};

/** A notice's text in the court's languages (and English). */
export function noticeText(texts: Readonly<Record<NotificationKind, LocalizedText>>, kind: NotificationKind, languages: readonly string[]): LocalizedText {
  const all = texts[kind];
  const out: LocalizedText = {};
  for (const language of [...languages, 'en'] as const) {
    const text = all[language as keyof LocalizedText];
    if (text !== undefined) out[language as keyof LocalizedText] = text;
  }
  return Object.keys(out).length > 0 ? out : { ...all };
}
