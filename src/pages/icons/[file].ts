/** The app icons of the web app manifest (src/lib/app-icon.ts), written as PNG files by the build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { appIcon } from '../../lib/app-icon';
import { APP_ICON_SIZES, THEME_COLOUR } from '../../lib/web-app';

export const getStaticPaths = (() =>
  APP_ICON_SIZES.map((size) => ({ params: { file: `icon-${size}.png` }, props: { size } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(appIcon((props as { size: number }).size, THEME_COLOUR)), { headers: { 'Content-Type': 'image/png' } });
