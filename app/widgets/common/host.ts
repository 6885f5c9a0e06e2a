import { createContext, useContext } from 'react';

/**
 * Where a widget is shown: in a chapter, on its own page (`/widget/<name>`) or embedded in another site
 * (`/embed/<name>`, chromeless). The shell provides it; WidgetFrame reads it to choose its actions.
 */
export type WidgetHost = 'chapter' | 'page' | 'embed';

export const WidgetHostContext = createContext<WidgetHost>('chapter');

export const useWidgetHost = () => useContext(WidgetHostContext);
