/** Every URL of the portal, built in one place so routes and links cannot drift apart. */
export const urls = {
  home: () => '/',
  handbook: () => '/handbook/',
  chapter: (chapterId: string) => `/handbook/${chapterId}/`,
  section: (sectionId: string, anchor?: string) => `/handbook/${sectionId}/${anchor ? `#${encodeURIComponent(anchor)}` : ''}`,
  scripts: () => '/scripts/',
  script: (id: string) => `/scripts/${id}/`,
  cases: () => '/cases/',
  case: (id: string) => `/cases/${id}/`,
  forms: () => '/forms/',
  form: (id: string) => `/forms/${id}/`,
  glossary: (term?: string) => `/glossary/${term ? `#${encodeURIComponent(term)}` : ''}`,
  quiz: (id: string) => `/quiz/${id}/`,
  search: (query?: string) => `/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  searchData: (file: 'scripts' | 'glossary' | 'pages' | 'lexicon') => `/search/${file}.json`,
};
