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
  training: () => '/training/',
  trainingPath: (role: string) => `/training/${role}/`,
  trainingReport: () => '/training/report/',
  trainingCalendar: () => '/training/calendar/',
  /** The manager's team view, built from people's export files. */
  trainingTeam: () => '/training/team/',
  /** One session as an .ics file, or the whole plan without an id. */
  trainingIcs: (id?: string) => (id ? `/training/calendar/${id}.ics` : '/training/calendar/plan.ics'),
  /** What the home page and report read in the browser: paths and section versions. */
  trainingData: (role: string) => `/training/${role}.json`,
  // Publishing: revision log and its feed, the editor's guide, the printable handbook.
  changes: (anchor?: string) => `/changes/${anchor ? `#${anchor}` : ''}`,
  changesFeed: () => '/changes/rss.xml',
  /** The revision table of a page (a section, script or case), by the page's address. */
  revisionsOf: (pageUrl: string) => `${pageUrl}#revisions`,
  guide: (anchor?: string) => `/guide/${anchor ? `#${anchor}` : ''}`,
  /** The guide's page on turning unanswered searches and feedback into a pull request. */
  guideFeedback: () => '/guide/feedback/',
  print: () => '/print/',
  /** The morning drill: today's, a given date's (YYYY-MM-DD), or practice of hand-picked scripts. */
  drill: (options: { date?: string; scripts?: string[] } = {}) => {
    const query = [
      options.date ? `date=${options.date}` : '',
      options.scripts?.length ? `scripts=${options.scripts.map(encodeURIComponent).join(',')}` : '',
    ]
      .filter(Boolean)
      .join('&');
    return `/drill/${query ? `?${query}` : ''}`;
  },
  search: (query?: string) => `/search/${query ? `?q=${encodeURIComponent(query)}` : ''}`,
  searchData: (file: 'scripts' | 'glossary' | 'pages' | 'lexicon') => `/search/${file}.json`,
};
