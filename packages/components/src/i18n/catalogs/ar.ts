/** الرسائل العربية. */
import type { Catalog } from './en.ts';

const ar: Catalog = {
  'courtPicker.jurisdiction': 'الولاية القضائية',
  'courtPicker.court': 'المحكمة',
  'courtPicker.category': 'نوع الدعوى',
  'courtPicker.chooseJurisdiction': 'اختر الولاية القضائية',
  'courtPicker.chooseCourt': 'اختر المحكمة',
  'courtPicker.chooseCategory': 'اختر نوع الدعوى',
  'courtPicker.loadingJurisdictions': 'جارٍ تحميل الولايات القضائية…',
  'courtPicker.loadingCourts': 'جارٍ تحميل المحاكم…',
  'courtPicker.loadingCategories': 'جارٍ تحميل أنواع الدعاوى…',
  'courtPicker.noJurisdictions': 'لا توجد ولايات قضائية متاحة.',
  'courtPicker.noCourts': 'لا توجد محاكم يمكن اختيارها في هذه الولاية القضائية.',
  'courtPicker.noCategories': 'لا تقبل هذه المحكمة أي نوع من الدعاوى.',
  'courtPicker.required': 'اختر الولاية القضائية والمحكمة ونوع الدعوى.',
  'courtPicker.courtCount': 'عدد المحاكم: {count}',
  'error.noClient':
    'لم يُضبط الاتصال بخدمة المحكمة: ضع هذا العنصر داخل <adalat-provider> أو عيّن له الخاصية client.',
  'error.authentication': 'رفضت خدمة المحكمة مفتاح هذه الصفحة.',
  'error.permission': 'لا يُسمح لهذه الصفحة بقراءة هذه المعلومات.',
  'error.notFound': 'لم تجد خدمة المحكمة ما طُلب.',
  'error.network': 'تعذّر الوصول إلى خدمة المحكمة. تحقّق من الاتصال وحاول مرة أخرى.',
  'error.rateLimit': 'الطلبات كثيرة جدًا. حاول مرة أخرى بعد قليل.',
  'error.server': 'حدثت مشكلة في خدمة المحكمة. حاول مرة أخرى.',
  'error.invalidResponse': 'أرسلت خدمة المحكمة ردًا لا تستطيع هذه الصفحة قراءته.',
  'error.generic': 'حدث خطأ ما. حاول مرة أخرى.',
  'action.retry': 'حاول مرة أخرى',
};

export default ar;
