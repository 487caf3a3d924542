/** Қазақ тіліндегі хабарламалар. */
import type { Catalog } from './en.ts';

const kk: Catalog = {
  'courtPicker.jurisdiction': 'Юрисдикция',
  'courtPicker.court': 'Сот',
  'courtPicker.category': 'Іс санаты',
  'courtPicker.chooseJurisdiction': 'Юрисдикцияны таңдаңыз',
  'courtPicker.chooseCourt': 'Сотты таңдаңыз',
  'courtPicker.chooseCategory': 'Іс санатын таңдаңыз',
  'courtPicker.loadingJurisdictions': 'Юрисдикциялар жүктелуде…',
  'courtPicker.loadingCourts': 'Соттар жүктелуде…',
  'courtPicker.loadingCategories': 'Іс санаттары жүктелуде…',
  'courtPicker.noJurisdictions': 'Қолжетімді юрисдикциялар жоқ.',
  'courtPicker.noCourts': 'Бұл юрисдикцияда таңдауға болатын сот жоқ.',
  'courtPicker.noCategories': 'Бұл сот ешбір санаттағы істі қабылдамайды.',
  'courtPicker.required': 'Юрисдикцияны, сотты және іс санатын таңдаңыз.',
  'courtPicker.courtCount': 'Соттар саны: {count}',
  'error.noClient':
    'Сот қызметіне қосылым бапталмаған: бұл элементті <adalat-provider> ішіне орналастырыңыз немесе оның client қасиетін көрсетіңіз.',
  'error.authentication': 'Сот қызметі осы беттің кілтін қабылдамады.',
  'error.permission': 'Бұл бетке осы мәліметтерді оқуға рұқсат жоқ.',
  'error.notFound': 'Сот қызметі сұралған нәрсені таппады.',
  'error.network': 'Сот қызметіне қосылу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз.',
  'error.rateLimit': 'Сұраулар тым көп. Сәлден соң қайталап көріңіз.',
  'error.server': 'Сот қызметінде ақау болды. Қайталап көріңіз.',
  'error.invalidResponse': 'Сот қызметі бұл бет оқи алмайтын жауап жіберді.',
  'error.generic': 'Бірдеңе дұрыс болмады. Қайталап көріңіз.',
  'action.retry': 'Қайталау',
};

export default kk;
