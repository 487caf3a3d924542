/**
 * The words the generated decisions bank is written with: sentence templates and
 * the issues each top-level category is about, in the five languages courts publish
 * in. Made-up legal prose, plausible enough to search; no real decision is quoted.
 *
 * Templates take `{name}` slots: `court`, `category` (the leaf's name), `issue`,
 * `Issue` (capitalized), `outcome`, `amount`, `date`, `article`, `number`, `kind`, `top`, `year`.
 * @module
 */
import type { DecisionOutcome, LanguageCode } from '@adalat/sdk/contract';

export type TopCategory = 'civil' | 'commercial' | 'family' | 'labour' | 'administrative' | 'criminal' | 'execution' | 'traffic';

export interface LanguageVocabulary {
  /** What a decision is called, by whether it is a judgment or a ruling. */
  kinds: readonly [judgment: string, ruling: string];
  title: string;
  /** Headnote sentences, in order. */
  summary: readonly string[];
  /** Sentences of the full text: the first and last always, some of the middle ones. */
  text: readonly string[];
  outcomes: Readonly<Record<DecisionOutcome, string>>;
  issues: Readonly<Record<TopCategory, readonly [string, string, string]>>;
  /** `{amount}` in the language, by currency. */
  amount: (digits: string, currency: string) => string;
  regulationTitle: string;
  regulationText: readonly string[];
  summaryTitle: string;
  summaryText: readonly string[];
  questionTitle: string;
  questionBody: string;
  reply: string;
}

const ar: LanguageVocabulary = {
  kinds: ['حكم', 'قرار'],
  title: '{kind} {court} في {issue}',
  summary: [
    'قضت المحكمة {outcome} في دعوى {category} المقامة أمامها.',
    'وتتعلق المسألة الأساسية في الدعوى بـ{issue}.',
    'واستندت المحكمة إلى المادة {article} من القانون وإلى البيّنات المقدمة من الطرفين.',
  ],
  text: [
    'بعد الاطلاع على لائحة الدعوى والمرافعات والبيّنات، وبعد التدقيق والمداولة قانونًا،',
    'تتلخص وقائع هذه الدعوى في أن المدعي أقام دعواه بتاريخ {date} مطالبًا بـ{issue}.',
    'وقد أنكر المدعى عليه الادعاء وطلب رد الدعوى لعدم الإثبات.',
    'وحيث إن قيمة المطالبة بلغت {amount} حسب ما ورد في لائحة الدعوى،',
    'وحيث إن الأصل في الإثبات أن البيّنة على من ادعى واليمين على من أنكر،',
    'وحيث إن المادة {article} تقضي بأن العقد شريعة المتعاقدين،',
    'وحيث إن المحكمة تجد أن المستندات المقدمة من المدعي صحيحة ومنتجة في الدعوى،',
    'فإن المحكمة ترى أن أسباب الطعن واردة على القرار المطعون فيه في دعوى {category}.',
    'لذلك تقرر المحكمة {outcome} وتضمين الخاسر الرسوم والمصاريف وأتعاب المحاماة.',
    'قرارًا صدر وأُفهم علنًا بتاريخ {date} تحت الرقم {number}.',
  ],
  outcomes: {
    granted: 'بقبول الدعوى',
    partly_granted: 'بقبول الدعوى جزئيًا',
    dismissed: 'برد الدعوى',
    remanded: 'بنقض الحكم وإعادة الأوراق إلى مصدرها',
    discontinued: 'بوقف السير في الدعوى',
  },
  issues: {
    civil: ['فسخ العقد وإعادة الثمن المدفوع', 'التعويض عن الضرر المادي والأدبي', 'تثبيت الملكية وإزالة التعدي'],
    commercial: ['المطالبة بقيمة شيك مرتجع', 'حل الشركة وتصفية أموالها', 'إشهار الإفلاس وتوزيع أموال المدين'],
    family: ['تقدير نفقة الزوجة والأولاد', 'حضانة الأطفال بعد الطلاق', 'تقسيم التركة بين الورثة'],
    labour: ['المطالبة بالأجور المتأخرة وبدل الإجازات', 'التعويض عن الفصل التعسفي', 'التعويض عن إصابة العمل'],
    administrative: ['إلغاء قرار إداري صادر عن الوزارة', 'الطعن في مخالفة إدارية', 'استرداد ضريبة دُفعت دون وجه حق'],
    criminal: ['جنحة السرقة وإساءة الأمانة', 'جناية الاحتيال وتزوير المستندات', 'شكوى جزائية بالإيذاء'],
    execution: ['تنفيذ حكم قضائي بدفع مبلغ مالي', 'تنفيذ سند تنفيذي بشيك', 'تحصيل النفقة المتراكمة'],
    traffic: ['الاعتراض على مخالفة سير', 'التعويض عن حادث سير', 'سحب رخصة القيادة'],
  },
  amount: (digits, currency) => `${digits} ${currency === 'SAR' ? 'ريال سعودي' : 'دينار أردني'}`,
  regulationTitle: 'قرار الهيئة العامة للمحكمة العليا رقم {number} بشأن تطبيق القانون في قضايا {top}',
  regulationText: [
    'تقرر الهيئة العامة للمحكمة العليا المبادئ الواجب على المحاكم اتباعها في قضايا {top}.',
    'ويشمل ذلك على وجه الخصوص {issue}.',
    'وتستند الهيئة إلى الأحكام الصادرة عن المحاكم المشار إليها أدناه.',
  ],
  summaryTitle: 'تعميم الاجتهاد القضائي في قضايا {top} لعام {year}',
  summaryText: [
    'درست المحكمة العليا الأحكام الصادرة في قضايا {top} خلال عام {year}.',
    'وتبيّن أن المحاكم تختلف في مسألة {issue}.',
    'وتوصي المحكمة العليا بتوحيد الاجتهاد وفق الأحكام المذكورة.',
  ],
  questionTitle: 'سؤال حول {issue}',
  questionBody: 'ما هو موقف المحاكم من {issue} في قضايا {category}؟ أرجو الإشارة إلى أحكام منشورة.',
  reply: 'راجع الحكم رقم {number} حيث قضت المحكمة {outcome}.',
};

const fa: LanguageVocabulary = {
  kinds: ['دادنامه', 'رأی'],
  title: '{kind} {court} درباره {issue}',
  summary: [
    'دادگاه در پرونده {category} حکم {outcome} صادر کرد.',
    'موضوع اصلی دعوا {issue} است.',
    'دادگاه به ماده {article} قانون آیین دادرسی مدنی و مستندات طرفین استناد کرده است.',
  ],
  text: [
    'پس از بررسی دادخواست خواهان و لوایح طرفین و اسناد پیوست، دادگاه ختم رسیدگی را اعلام و به شرح زیر انشای رأی می‌نماید.',
    'خواهان به موجب دادخواست مورخ {date} درخواست {issue} را نموده است.',
    'خوانده با حضور در جلسه دادرسی ادعای خواهان را انکار و تقاضای رد دعوا را کرده است.',
    'نظر به اینکه مبلغ خواسته {amount} تعیین شده است،',
    'و با توجه به ماده {article} قانون و مستندات ارائه‌شده از سوی خواهان،',
    'و نظر به اینکه اسناد عادی ارائه‌شده مورد تکذیب خوانده قرار نگرفته است،',
    'دادگاه دعوای خواهان را در پرونده {category} ثابت تشخیص می‌دهد.',
    'بنابراین دادگاه حکم {outcome} و پرداخت هزینه‌های دادرسی را صادر می‌نماید.',
    'این رأی ظرف بیست روز پس از ابلاغ قابل تجدیدنظرخواهی در دادگاه تجدیدنظر استان است. شماره دادنامه {number}.',
  ],
  outcomes: {
    granted: 'به ورود دعوا',
    partly_granted: 'به ورود بخشی از دعوا',
    dismissed: 'به رد دعوا',
    remanded: 'به نقض رأی و اعاده پرونده',
    discontinued: 'به توقیف دادرسی',
  },
  issues: {
    civil: ['فسخ قرارداد و استرداد ثمن معامله', 'مطالبه خسارت مادی و معنوی', 'اثبات مالکیت و رفع تصرف'],
    commercial: ['مطالبه وجه چک برگشتی', 'انحلال شرکت و تصفیه اموال آن', 'اعلام ورشکستگی و تقسیم اموال تاجر'],
    family: ['تعیین نفقه زوجه و فرزندان', 'حضانت فرزندان پس از طلاق', 'تقسیم ترکه میان وراث'],
    labour: ['مطالبه دستمزد معوقه و مزایای پایان کار', 'اعتراض به اخراج غیرقانونی کارگر', 'جبران خسارت ناشی از حادثه کار'],
    administrative: ['ابطال تصمیم اداری وزارتخانه', 'اعتراض به رأی کمیسیون تخلفات اداری', 'استرداد مالیات پرداخت‌شده'],
    criminal: ['اتهام سرقت و خیانت در امانت', 'اتهام کلاهبرداری و جعل اسناد', 'شکایت کیفری ایراد ضرب و جرح'],
    execution: ['اجرای حکم محکومیت به پرداخت وجه', 'اجرای اسناد لازم‌الاجرا و چک', 'وصول نفقه معوقه'],
    traffic: ['اعتراض به جریمه رانندگی', 'جبران خسارت ناشی از تصادف', 'توقیف گواهینامه رانندگی'],
  },
  amount: (digits) => `${digits} ریال`,
  regulationTitle: 'رأی وحدت رویه شماره {number} هیئت عمومی دیوان عالی کشور درباره پرونده‌های {top}',
  regulationText: [
    'هیئت عمومی دیوان عالی کشور اصولی را که دادگاه‌ها در پرونده‌های {top} باید رعایت کنند اعلام می‌کند.',
    'این اصول به‌ویژه شامل {issue} است.',
    'هیئت به آرای دادگاه‌های زیر استناد کرده است.',
  ],
  summaryTitle: 'گزارش بررسی رویه قضایی در پرونده‌های {top} در سال {year}',
  summaryText: [
    'دیوان عالی کشور آرای صادرشده در پرونده‌های {top} در سال {year} را بررسی کرد.',
    'دادگاه‌ها در موضوع {issue} رویه‌های متفاوتی دارند.',
    'دیوان عالی کشور ایجاد رویه واحد بر اساس آرای زیر را توصیه می‌کند.',
  ],
  questionTitle: 'پرسش درباره {issue}',
  questionBody: 'رویه دادگاه‌ها درباره {issue} در پرونده‌های {category} چیست؟ لطفاً به آرای منتشرشده اشاره کنید.',
  reply: 'به دادنامه شماره {number} مراجعه کنید که در آن دادگاه حکم {outcome} صادر کرده است.',
};

const kk: LanguageVocabulary = {
  kinds: ['Шешім', 'Қаулы'],
  title: '{court}: {kind}. {Issue}',
  summary: [
    'Сот «{category}» санатындағы іс бойынша {outcome} туралы шешім қабылдады.',
    'Дау мәні: {issue}.',
    'Сот Азаматтық процестік кодекстің {article}-бабын және тараптардың дәлелдерін басшылыққа алды.',
  ],
  text: [
    'Сот ашық сот отырысында «{category}» санатындағы істі қарап, мынаны анықтады.',
    'Талапкер {date} күні сотқа жүгінді. Талаптың мәні: {issue}.',
    'Жауапкер талапты мойындамай, дәлелдердің жоқтығына сілтеме жасады.',
    'Талап сомасы {amount} құрайды.',
    'Әрбір тарап өз талаптарының негізі ретінде сілтеме жасайтын мән-жайларды дәлелдеуге тиіс ({article}-бап).',
    'Талапкер ұсынған құжаттар түпнұсқа екені сотта расталды.',
    'Жоғарыда баяндалғандарды ескере отырып, сот {outcome} туралы шешім шығарды.',
    'Шешімге бір ай ішінде апелляциялық шағым берілуі мүмкін. Іс нөмірі {number}.',
  ],
  outcomes: {
    granted: 'талапты қанағаттандыру',
    partly_granted: 'талапты ішінара қанағаттандыру',
    dismissed: 'талапты қанағаттандырудан бас тарту',
    remanded: 'шешімнің күшін жойып, істі жаңадан қарауға жіберу',
    discontinued: 'іс жүргізуді тоқтату',
  },
  issues: {
    civil: ['шартты бұзу және төленген соманы қайтару', 'материалдық және моральдық зиянды өтеу', 'меншік құқығын тану'],
    commercial: ['вексель бойынша соманы өндіру', 'серіктестікті тарату және мүлкін бөлу', 'борышкерді банкрот деп тану'],
    family: ['балаларды асырауға алимент өндіру', 'ажырасқаннан кейін баланың тұрғылықты жерін анықтау', 'мұраны мұрагерлер арасында бөлу'],
    labour: ['еңбекақы бойынша берешекті өндіру', 'жұмыстан заңсыз шығаруды даулау', 'өндірістік жарақаттан келтірілген зиянды өтеу'],
    administrative: ['мемлекеттік органның әкімшілік актісін жою', 'әкімшілік құқық бұзушылық туралы қаулыға шағым', 'салықты негізсіз есептеуді даулау'],
    criminal: ['ұрлық және сеніп тапсырылған мүлікті иемдену', 'алаяқтық және құжаттарды қолдан жасау', 'денсаулыққа зиян келтіру туралы жеке айыптау'],
    execution: ['сот актісін мәжбүрлеп орындау', 'атқарушылық құжат бойынша өндіріп алу', 'алимент бойынша берешекті өндіру'],
    traffic: ['жол жүрісі ережесін бұзғаны үшін айыппұлға шағым', 'жол-көлік оқиғасынан келтірілген зиянды өтеу', 'жүргізуші куәлігінен айыру'],
  },
  amount: (digits) => `${digits} теңге`,
  regulationTitle: 'Жоғарғы Соттың № {number} нормативтік қаулысы: «{top}» санатындағы істер бойынша сот практикасы туралы',
  regulationText: [
    'Жоғарғы Сот жалпы отырысы «{top}» санатындағы істерді қарау кезінде соттар басшылыққа алатын қағидаларды белгілейді.',
    'Атап айтқанда: {issue}.',
    'Жалпы отырыс төменде көрсетілген сот актілеріне сүйенеді.',
  ],
  summaryTitle: '{year} жылғы «{top}» санатындағы істер бойынша сот практикасын қорыту',
  summaryText: [
    'Жоғарғы Сот {year} жылы «{top}» санатындағы істер бойынша шығарылған сот актілерін зерделеді.',
    'Соттар мына мәселеде әртүрлі тәсіл қолданады: {issue}.',
    'Жоғарғы Сот төмендегі актілерге сүйеніп, біркелкі сот практикасын қалыптастыруды ұсынады.',
  ],
  questionTitle: 'Сұрақ: {issue}',
  questionBody: '«{category}» санатындағы істерде соттар мына мәселені қалай шешеді: {issue}? Жарияланған шешімдерге сілтеме беріңіздер.',
  reply: '№ {number} шешімді қараңыз: сот {outcome} туралы шешім шығарды.',
};

const ru: LanguageVocabulary = {
  kinds: ['Решение', 'Постановление'],
  title: '{kind} суда: {court}. {Issue}',
  summary: [
    'Суд решил {outcome} по делу категории «{category}».',
    'Предмет спора: {issue}.',
    'Суд руководствовался статьёй {article} Гражданского процессуального кодекса с учётом представленных доказательств.',
  ],
  text: [
    'Рассмотрев в открытом судебном заседании дело категории «{category}», суд установил следующее.',
    'Истец обратился в суд {date}. Предмет требования: {issue}.',
    'Ответчик иск не признал и просил отказать в его удовлетворении, ссылаясь на отсутствие доказательств.',
    'Сумма требований составляет {amount}; расчёт истца судом проверен.',
    'В соответствии со статьёй {article} каждая сторона должна доказать обстоятельства, на которые она ссылается.',
    'Подлинность документов, представленных истцом, ответчиком не оспорена.',
    'С учётом изложенного, руководствуясь нормами процессуального закона, суд решил: {outcome}.',
    'Решение может быть обжаловано в апелляционном порядке в течение одного месяца. Номер дела {number}.',
  ],
  outcomes: {
    granted: 'удовлетворить иск',
    partly_granted: 'удовлетворить иск частично',
    dismissed: 'в удовлетворении иска отказать',
    remanded: 'отменить решение и направить дело на новое рассмотрение',
    discontinued: 'прекратить производство по делу',
  },
  issues: {
    civil: ['расторжение договора и возврат уплаченной суммы', 'возмещение материального и морального вреда', 'признание права собственности на имущество'],
    commercial: ['взыскание суммы по векселю', 'ликвидация общества и распределение имущества', 'признание должника банкротом'],
    family: ['взыскание алиментов на содержание детей', 'определение места жительства ребёнка после развода', 'раздел наследства между наследниками'],
    labour: ['взыскание задолженности по заработной плате', 'восстановление на работе после незаконного увольнения', 'возмещение вреда, причинённого производственной травмой'],
    administrative: ['признание незаконным решения государственного органа', 'обжалование постановления об административном правонарушении', 'оспаривание начисления налога'],
    criminal: ['кража и присвоение вверенного имущества', 'мошенничество и подделка документов', 'частное обвинение в причинении вреда здоровью'],
    execution: ['принудительное исполнение судебного акта', 'взыскание по исполнительному документу', 'взыскание задолженности по алиментам'],
    traffic: ['обжалование штрафа за нарушение правил дорожного движения', 'возмещение ущерба от дорожно-транспортного происшествия', 'лишение права управления транспортным средством'],
  },
  amount: (digits) => `${digits} тенге`,
  regulationTitle: 'Нормативное постановление Верховного Суда № {number} «О судебной практике по делам категории «{top}»»',
  regulationText: [
    'Пленарное заседание Верховного Суда разъясняет судам, как применять закон по делам категории «{top}».',
    'В частности, это касается следующего: {issue}.',
    'Пленарное заседание опирается на судебные акты, перечисленные ниже.',
  ],
  summaryTitle: 'Обобщение судебной практики по делам категории «{top}» за {year} год',
  summaryText: [
    'Верховный Суд изучил судебные акты по делам категории «{top}», вынесенные в {year} году.',
    'Суды по-разному подходят к вопросу: {issue}.',
    'Верховный Суд рекомендует единообразную практику с опорой на акты, перечисленные ниже.',
  ],
  questionTitle: 'Вопрос: {issue}',
  questionBody: 'Как суды решают вопрос «{issue}» по делам категории «{category}»? Прошу сослаться на опубликованные решения.',
  reply: 'См. решение № {number}: суд решил {outcome}.',
};

const en: LanguageVocabulary = {
  kinds: ['Judgment', 'Ruling'],
  title: '{kind} of the {court} on {issue}',
  summary: [
    'The court {outcome} in a case of the category “{category}”.',
    'The dispute concerned {issue}.',
    'The court applied article {article} and weighed the evidence of both parties.',
  ],
  text: [
    'Having heard the parties and examined the pleadings and the evidence, the court finds as follows.',
    'The claimant filed the claim on {date} seeking {issue}.',
    'The defendant denied the claim and asked the court to dismiss it for want of proof.',
    'The amount claimed is {amount}.',
    'Under article {article}, each party must prove the facts on which it relies.',
    'The court is satisfied that the documents submitted by the claimant are authentic.',
    'For these reasons, in this “{category}” case the court {outcome} and ordered the losing party to bear the costs.',
    'This decision, number {number}, may be appealed within the time the law allows from the date it is served.',
  ],
  outcomes: {
    granted: 'allowed the claim',
    partly_granted: 'allowed the claim in part',
    dismissed: 'dismissed the claim',
    remanded: 'set aside the decision and remitted the case for a new hearing',
    discontinued: 'discontinued the proceedings',
  },
  issues: {
    civil: ['rescission of the contract and return of the price paid', 'compensation for material and moral damage', 'recognition of ownership of the property'],
    commercial: ['payment of a dishonoured cheque', 'winding up of the company and distribution of its assets', 'a declaration of bankruptcy of the debtor'],
    family: ['maintenance for the wife and children', 'custody of the children after divorce', 'division of the estate among the heirs'],
    labour: ['unpaid wages and leave allowances', 'compensation for unfair dismissal', 'compensation for a work injury'],
    administrative: ['annulment of a ministry’s administrative decision', 'a challenge to an administrative penalty', 'refund of tax paid without legal basis'],
    criminal: ['theft and breach of trust', 'fraud and forgery of documents', 'a private complaint of assault'],
    execution: ['enforcement of a money judgment', 'enforcement of an executive instrument', 'recovery of accumulated maintenance arrears'],
    traffic: ['a challenge to a traffic fine', 'compensation for a road accident', 'suspension of a driving licence'],
  },
  amount: (digits, currency) => `${currency} ${digits}`,
  regulationTitle: 'Normative regulation No. {number} of the Supreme Court on {top} cases',
  regulationText: [
    'The plenary Supreme Court sets out the principles courts must follow in {top} cases.',
    'They concern in particular {issue}.',
    'The plenary relies on the decisions listed below.',
  ],
  summaryTitle: 'Generalization of judicial practice in {top} cases, {year}',
  summaryText: [
    'The Supreme Court reviewed the decisions given in {top} cases in {year}.',
    'Courts take different views on {issue}.',
    'The Supreme Court recommends uniform practice based on the decisions listed below.',
  ],
  questionTitle: 'Question about {issue}',
  questionBody: 'How do courts decide {issue} in “{category}” cases? Please point to published decisions.',
  reply: 'See decision No. {number}, where the court {outcome}.',
};

export const VOCABULARY: Readonly<Record<LanguageCode, LanguageVocabulary>> = { ar, fa, kk, ru, en };

/** Fills `{name}` slots; a slot without a value stays as written, so a missing one shows in tests. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
