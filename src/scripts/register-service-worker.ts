/** Keeps a copy of the whole site in the browser, so it works when the server or network is gone. */
if ('serviceWorker' in navigator && import.meta.env.PROD) {
  const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  void navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
    // Without a worker the site still works online; nothing to tell the reader.
  });
}
