/** Сообщения на русском языке. */
import type { Catalog } from './en.ts';

const ru: Catalog = {
  'courtPicker.jurisdiction': 'Юрисдикция',
  'courtPicker.court': 'Суд',
  'courtPicker.category': 'Категория дела',
  'courtPicker.chooseJurisdiction': 'Выберите юрисдикцию',
  'courtPicker.chooseCourt': 'Выберите суд',
  'courtPicker.chooseCategory': 'Выберите категорию дела',
  'courtPicker.loadingJurisdictions': 'Загрузка юрисдикций…',
  'courtPicker.loadingCourts': 'Загрузка судов…',
  'courtPicker.loadingCategories': 'Загрузка категорий дел…',
  'courtPicker.noJurisdictions': 'Нет доступных юрисдикций.',
  'courtPicker.noCourts': 'В этой юрисдикции нет судов для выбора.',
  'courtPicker.noCategories': 'Этот суд не принимает дела ни одной категории.',
  'courtPicker.required': 'Выберите юрисдикцию, суд и категорию дела.',
  'courtPicker.courtCount': 'Судов: {count}',
  'error.noClient':
    'Подключение к судебному сервису не настроено: поместите этот элемент внутрь <adalat-provider> или задайте ему свойство client.',
  'error.authentication': 'Судебный сервис отклонил ключ этой страницы.',
  'error.permission': 'Этой странице не разрешено читать эти сведения.',
  'error.notFound': 'Судебный сервис не нашёл запрошенное.',
  'error.network': 'Не удалось связаться с судебным сервисом. Проверьте подключение и повторите попытку.',
  'error.rateLimit': 'Слишком много запросов. Повторите попытку чуть позже.',
  'error.server': 'В судебном сервисе произошла ошибка. Повторите попытку.',
  'error.invalidResponse': 'Судебный сервис прислал ответ, который эта страница не может прочитать.',
  'error.generic': 'Что-то пошло не так. Повторите попытку.',
  'action.retry': 'Повторить',
};

export default ru;
