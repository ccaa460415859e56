// Site-wide settings a department changes once: its name, where the site is published and where
// its content lives in the repository (for "edit this page" links).
export const site = {
  /** Shown in the header and the browser tab. */
  name: '业务部工作手册',
  /** The company, shown in the footer and on printed documents. */
  company: '华远包装材料有限公司',
  /** Where the portal is published; used for canonical links and the feed. */
  url: 'http://localhost:4321',
  /** The repository page of a file is `${repository}/blob/main/${path}`. */
  repository: 'https://example.com/sales-playbook',
};
