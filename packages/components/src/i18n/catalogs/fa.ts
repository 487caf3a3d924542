/** پیام‌های فارسی. */
import type { Catalog } from './en.ts';

const fa: Catalog = {
  'courtPicker.jurisdiction': 'حوزه قضایی',
  'courtPicker.court': 'دادگاه',
  'courtPicker.category': 'نوع دعوا',
  'courtPicker.chooseJurisdiction': 'حوزه قضایی را انتخاب کنید',
  'courtPicker.chooseCourt': 'دادگاه را انتخاب کنید',
  'courtPicker.chooseCategory': 'نوع دعوا را انتخاب کنید',
  'courtPicker.loadingJurisdictions': 'در حال بارگیری حوزه‌های قضایی…',
  'courtPicker.loadingCourts': 'در حال بارگیری دادگاه‌ها…',
  'courtPicker.loadingCategories': 'در حال بارگیری انواع دعوا…',
  'courtPicker.noJurisdictions': 'هیچ حوزه قضایی در دسترس نیست.',
  'courtPicker.noCourts': 'این حوزه قضایی دادگاهی برای انتخاب ندارد.',
  'courtPicker.noCategories': 'این دادگاه هیچ نوع دعوایی را نمی‌پذیرد.',
  'courtPicker.required': 'حوزه قضایی، دادگاه و نوع دعوا را انتخاب کنید.',
  'courtPicker.courtCount': '{count} دادگاه',
  'error.noClient':
    'اتصال به سامانه دادگاه تنظیم نشده است: این عنصر را داخل <adalat-provider> بگذارید یا ویژگی client آن را تعیین کنید.',
  'error.authentication': 'سامانه دادگاه کلید این صفحه را نپذیرفت.',
  'error.permission': 'این صفحه اجازه خواندن این اطلاعات را ندارد.',
  'error.notFound': 'سامانه دادگاه آنچه خواسته شد را پیدا نکرد.',
  'error.network': 'دسترسی به سامانه دادگاه ممکن نشد. اتصال را بررسی کنید و دوباره تلاش کنید.',
  'error.rateLimit': 'تعداد درخواست‌ها بیش از حد است. کمی بعد دوباره تلاش کنید.',
  'error.server': 'سامانه دادگاه با مشکل روبه‌رو شد. دوباره تلاش کنید.',
  'error.invalidResponse': 'سامانه دادگاه پاسخی فرستاد که این صفحه نمی‌تواند آن را بخواند.',
  'error.generic': 'مشکلی پیش آمد. دوباره تلاش کنید.',
  'action.retry': 'تلاش دوباره',
};

export default fa;
