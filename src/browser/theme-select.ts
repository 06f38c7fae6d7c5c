/**
 * `<starlight-theme-select>`: the reader's choice of light, dark or auto, kept in localStorage under Starlight's
 * key so the inline script of src/components/ThemeProvider.astro applies it before the next page paints.
 */
type Theme = 'auto' | 'dark' | 'light';

const STORAGE_KEY = 'starlight-theme';
const prefersLight = matchMedia('(prefers-color-scheme: light)');

function toTheme(value: unknown): Theme {
  return value === 'light' || value === 'dark' ? value : 'auto';
}

function getStoredTheme(): Theme {
  try {
    return toTheme(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage can be denied (a private window, a blocked site): the choice then lasts for this page only.
    return 'auto';
  }
}

function applyTheme(theme: Theme): void {
  StarlightThemeProvider.updatePickers(theme);
  const dark = theme === 'dark' || (theme === 'auto' && !prefersLight.matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

function storeTheme(theme: Theme): void {
  try {
    // Auto is stored as nothing, as Starlight does, so the system's scheme decides.
    localStorage.setItem(STORAGE_KEY, theme === 'auto' ? '' : theme);
  } catch {
    // See getStoredTheme.
  }
}

prefersLight.addEventListener('change', () => {
  if (getStoredTheme() === 'auto') applyTheme('auto');
});

class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    applyTheme(getStoredTheme());
    this.querySelector('select')?.addEventListener('change', (event) => {
      const theme = toTheme((event.currentTarget as HTMLSelectElement).value);
      applyTheme(theme);
      storeTheme(theme);
    });
  }
}

if (!customElements.get('starlight-theme-select')) customElements.define('starlight-theme-select', ThemeSelect);
