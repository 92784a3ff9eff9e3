/**
 * The compiled mini-program (dist/weapp), run headlessly: WeChat's own WXML
 * compiler (wcc, through miniprogram-simulate's `compiler: 'official'`) turns
 * Taro's base.wxml into render functions, j-component and exparser render
 * them into jsdom, and taps travel through the compiled templates' `bindtap`
 * to Taro's event handler, as on a phone. `App` and `Page` are WeChat's
 * globals; a page is registered as a component (the only kind
 * miniprogram-simulate renders) and driven through its page lifecycle.
 *
 * What this cannot show: layout and styles, real pickers, camera and scanner
 * (they answer what the test set in `device`), and WeChat's own native
 * components (input, picker, image are empty shells: events are sent to them
 * with their `detail` by hand).
 */
import path from 'node:path';
import { createWx, type CloudHandler, type CloudUpload, type DeviceAnswers, type WxRecord } from './wx-stub';

/** The build under test: dist/weapp, or a (mutated) copy of it named by WEAPP_DIST (scripts/check-tests-fail.ts). */
export const WEAPP_ROOT = process.env.WEAPP_DIST ? path.resolve(process.env.WEAPP_DIST) : path.resolve(__dirname, '../../../dist/weapp');

/** Messages that mean a compiled template could not render what React produced. */
const TEMPLATE_ERROR = /Template .* not found|not found in template|WXML|wcc|Expression|render error|is not a function|Cannot read prop/i;

const simulate = require('miniprogram-simulate') as { load(path: string, options: object): string; render(id: string): SimulatedComponent };
const exparser = require('miniprogram-exparser');

interface SimulatedComponent {
  dom: HTMLElement;
  instance: PageInstance;
  attach(parent: Element): void;
  detach(): void;
}

type PageInstance = Record<string, any> & { setData(data: object, cb?: () => void): void };

export interface AppJson {
  pages: string[];
  subPackages: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string }[] };
}

export function appJson(): AppJson {
  return require(path.join(WEAPP_ROOT, 'app.json'));
}

/** Every page of app.json: the main package's and each subpackage's. */
export function allRoutes(json = appJson()): string[] {
  return [...json.pages, ...json.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

function parseUrl(url: string): { route: string; query: Record<string, string> } {
  const [pathPart, search = ''] = url.replace(/^\//, '').split('?');
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) query[k] = v;
  return { route: pathPart, query };
}

function ownText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function matches(text: string, wanted: string | RegExp): boolean {
  return typeof wanted === 'string' ? text === wanted : wanted.test(text);
}

/** The deepest elements whose text matches (a button's label, not the whole card around it). */
function elementsWithText(root: Element, wanted: string | RegExp): Element[] {
  const found: Element[] = [];
  const walk = (el: Element): boolean => {
    let childMatched = false;
    for (const child of Array.from(el.children)) childMatched = walk(child) || childMatched;
    if (!childMatched && matches(ownText(el), wanted)) {
      found.push(el);
      return true;
    }
    return childMatched;
  };
  walk(root);
  return found;
}

/** Sends an event as a phone's touch would produce it: through exparser, bubbling, to the templates' bindings. */
function fire(el: Element, type: string, detail: object = {}): void {
  const target = (el as Element & { __wxElement?: unknown }).__wxElement;
  if (!target) throw new Error(`<${el.tagName.toLowerCase()}> is not a rendered mini-program element`);
  exparser.Event.dispatchEvent(
    target,
    exparser.Event.create(type, detail, { bubbles: true, capturePhase: true, composed: true, extraFields: { touches: [], changedTouches: [] } }),
  );
}

function attrOf(el: Element, name: string): string | undefined {
  const vt = (el as Element & { __wxElement?: { _vt?: { attrs?: { name: string; value: unknown }[] } } }).__wxElement?._vt;
  const attr = vt?.attrs?.find((a) => a.name === name);
  return attr === undefined ? undefined : String(attr.value ?? '');
}

export class WeappPage {
  constructor(
    readonly route: string,
    readonly query: Record<string, string>,
    readonly component: SimulatedComponent,
    private readonly program: MiniProgram,
  ) {}

  get instance(): PageInstance {
    return this.component.instance;
  }

  get dom(): HTMLElement {
    return this.component.dom;
  }

  text(): string {
    return ownText(this.dom);
  }

  /** Waits until the page shows `text` (and the calls it made have answered). */
  waitForText(wanted: string | RegExp, ms = 5000): Promise<void> {
    return this.waitUntil(() => (typeof wanted === 'string' ? this.text().includes(wanted) : wanted.test(this.text())), `showed ${String(wanted)}`, ms);
  }

  /** Waits until `ready()` holds (something the phone did: a file shared, a toast). */
  waitFor(ready: () => boolean, what = 'got there', ms = 5000): Promise<void> {
    return this.waitUntil(ready, what, ms);
  }

  private async waitUntil(ready: () => boolean, what: string, ms = 5000): Promise<void> {
    const until = Date.now() + ms;
    for (;;) {
      await this.program.settle();
      if (ready()) return;
      if (Date.now() > until) throw new Error(`${this.route} never ${what}; it shows: ${this.text().slice(0, 600)}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  find(wanted: string | RegExp): Element {
    const [first] = elementsWithText(this.dom, wanted);
    if (!first) throw new Error(`${this.route} has nothing reading ${String(wanted)}; it shows: ${this.text().slice(0, 600)}`);
    return first;
  }

  has(wanted: string | RegExp): boolean {
    return elementsWithText(this.dom, wanted).length > 0;
  }

  /** Taps what reads `wanted`, then waits for what the tap set off. */
  async tap(wanted: string | RegExp): Promise<void> {
    await this.waitUntil(() => this.has(wanted), `had anything reading ${String(wanted)}`);
    fire(this.find(wanted), 'tap', { x: 0, y: 0 });
    await this.program.settle();
  }

  /** The native field (input or textarea) whose placeholder reads `placeholder`. */
  field(placeholder: string | RegExp): Element {
    const fields = Array.from(this.dom.querySelectorAll('wx-input, wx-textarea'));
    const field = fields.find((f) => matches(attrOf(f, 'placeholder') ?? '', placeholder));
    if (!field) throw new Error(`${this.route} has no field with the placeholder ${String(placeholder)} (placeholders: ${fields.map((f) => attrOf(f, 'placeholder')).join(' | ')})`);
    return field;
  }

  /** What a native field shows now (its value attribute as the template set it). */
  fieldValue(placeholder: string | RegExp): string {
    return attrOf(this.field(placeholder), 'value') ?? '';
  }

  /** Types into a native field as the keyboard would: one input event with the whole value, then blur. */
  async type(placeholder: string | RegExp, value: string): Promise<void> {
    await this.program.settle();
    const field = this.field(placeholder);
    fire(field, 'input', { value, cursor: value.length, keyCode: 0 });
    fire(field, 'blur', { value });
    await this.program.settle();
  }

  /** An attribute as the compiled template set it (aria-selected, aria-label, ...: wcc keeps these camelCased). */
  attr(el: Element, name: string): string | undefined {
    return attrOf(el, name) ?? attrOf(el, name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase()));
  }

  /** Elements whose class names include `className` (j-component prefixes classes with the component's tag). */
  byClass(className: string): Element[] {
    return Array.from(this.dom.querySelectorAll(`[class*="${className}"]`)).filter((el) => el.className.split(/\s+/).some((c) => c === className || c.endsWith(`--${className}`)));
  }

  /**
   * An event a native component sends (a picker's or switch's `change`, a
   * slider's `changing`), with the `detail` the phone would give it: WeChat's
   * built-in components are empty shells here, so nothing else sends it.
   */
  async send(el: Element, type: string, detail: object): Promise<void> {
    fire(el, type, detail);
    await this.program.settle();
  }

  /** The native pickers on the page (Taro's <Picker>), in order. */
  pickers(): Element[] {
    return Array.from(this.dom.querySelectorAll('wx-picker'));
  }

  /** Taps an element found another way than by its text (a switch, an icon). */
  async tapElement(el: Element): Promise<void> {
    fire(el, 'tap', { x: 0, y: 0 });
    await this.program.settle();
  }

  /** Pull-to-refresh, as the page's onPullDownRefresh. */
  async pullDown(): Promise<void> {
    this.instance.onPullDownRefresh?.call(this.instance);
    await this.program.settle();
  }
}

export interface LaunchOptions {
  cloud: CloudHandler;
  upload?: CloudUpload;
  device?: Partial<DeviceAnswers>;
}

/**
 * One mini-program per test file (WeChat runs App() once; jest gives each
 * file its own module registry). Pages are registered once per route and
 * rendered anew each time they are opened.
 */
export class MiniProgram {
  readonly wx: WxRecord = { toasts: [], modals: [], clipboard: [], sharedFiles: [], subscribeRequests: [], savedImages: [], drawnTexts: [], unstubbed: new Set() };
  readonly device: DeviceAnswers;
  /** Every console.error/warn while the program ran; a template error among them fails the test. */
  readonly messages: string[] = [];
  private readonly stack: WeappPage[] = [];
  private readonly components: WeappPage[] = [];
  private readonly registered = new Map<string, string>();
  private app: Record<string, any> | undefined;
  private pending = 0;
  private restoreConsole: () => void = () => undefined;

  constructor(private readonly options: LaunchOptions) {
    this.device = { location: { latitude: 29.5623, longitude: 106.5512, name: '幸福路口', address: '幸福路18号' }, confirmModal: true, ...options.device };
  }

  /** Loads app.js as WeChat does on launch: the runtime, the vendor chunks, App(). */
  boot(): this {
    this.captureConsole();
    const g = globalThis as Record<string, any>;
    const counted: CloudHandler = async (name, data) => {
      this.pending++;
      try {
        return await this.options.cloud(name, data);
      } finally {
        this.pending--;
      }
    };
    g.wx = createWx(counted, {
      navigateTo: (url) => this.push(url),
      redirectTo: async (url) => {
        this.pop();
        await this.push(url);
      },
      switchTab: (url) => this.relaunch(url),
      reLaunch: (url) => this.relaunch(url),
      navigateBack: async (delta) => {
        for (let i = 0; i < delta && this.stack.length > 1; i++) this.pop();
        this.current().instance.onShow?.call(this.current().instance);
      },
    }, this.device, this.wx, (selector) => this.element(selector), this.options.upload);
    g.App = (config: Record<string, any>) => {
      this.app = config;
    };
    g.getApp = () => this.app;
    g.getCurrentPages = () => this.stack.map((p) => p.instance);
    g.Page = (options: Record<string, any>) => g.Component(pageAsComponent(options));
    require(path.join(WEAPP_ROOT, 'app.js'));
    if (!this.app) throw new Error('app.js did not call App()');
    const launch = { path: 'pages/home/index', query: {}, scene: 1001 };
    this.app.onLaunch?.call(this.app, launch);
    this.app.onShow?.call(this.app, launch);
    return this;
  }

  /** The current page's element a `#id` selector names, as the compiled template rendered it (or null). */
  private element(selector: string): Element | null {
    const page = this.stack[this.stack.length - 1];
    if (!page || !selector.startsWith('#')) return null;
    const id = selector.slice(1);
    return Array.from(page.dom.querySelectorAll('*')).find((el) => el.id === id || attrOf(el, 'id') === id) ?? null;
  }

  /** Clears the stack and opens `url`, as reLaunch or a tab switch does. */
  async relaunch(url: string): Promise<WeappPage> {
    while (this.stack.length) this.pop();
    return this.push(url);
  }

  /** Opens `url` on top of the stack, as navigateTo does. */
  async push(url: string): Promise<WeappPage> {
    const { route, query } = parseUrl(url);
    const previous = this.stack[this.stack.length - 1];
    previous?.instance.onHide?.call(previous.instance);
    const component = simulate.render(this.registration(route));
    component.attach(document.createElement('parent-wrapper'));
    const page = new WeappPage(route, query, component, this);
    Object.assign(page.instance, { route, __route__: route, options: query });
    this.stack.push(page);
    page.instance.onLoad?.call(page.instance, query);
    page.instance.onShow?.call(page.instance);
    page.instance.onReady?.call(page.instance);
    await this.settle();
    return page;
  }

  private pop(): void {
    const page = this.stack.pop();
    if (!page) return;
    page.instance.onUnload?.call(page.instance);
    page.component.detach();
  }

  private registration(route: string): string {
    let id = this.registered.get(route);
    if (!id) {
      id = simulate.load(path.join(WEAPP_ROOT, route), { rootPath: WEAPP_ROOT, compiler: 'official' });
      this.registered.set(route, id);
    }
    return id;
  }

  /**
   * A component of the package rendered on its own (the tab bar:
   * custom-tab-bar/index), as WeChat attaches it to a page; driven like a
   * page (tap by text, read classes). Detached when the program closes.
   */
  attachComponent(route: string): WeappPage {
    const component = simulate.render(this.registration(route));
    component.attach(document.createElement('parent-wrapper'));
    const attached = new WeappPage(route, {}, component, this);
    this.components.push(attached);
    return attached;
  }

  current(): WeappPage {
    const page = this.stack[this.stack.length - 1];
    if (!page) throw new Error('no page is open');
    return page;
  }

  routes(): string[] {
    return this.stack.map((p) => p.route);
  }

  /** Waits until no cloud call is in flight and React has committed what they brought. */
  async settle(): Promise<void> {
    let quiet = 0;
    const until = Date.now() + 10_000;
    while (quiet < 3 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      quiet = this.pending === 0 ? quiet + 1 : 0;
    }
  }

  /** What went wrong in a template while the program ran. */
  templateErrors(): string[] {
    return this.messages.filter((m) => TEMPLATE_ERROR.test(m));
  }

  close(): void {
    while (this.stack.length) this.pop();
    for (const c of this.components.splice(0)) c.component.detach();
    this.restoreConsole();
  }

  private captureConsole(): void {
    const { error, warn } = console;
    const keep =
      (original: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        this.messages.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : safeJson(a))).join(' '));
        if (process.env.WEAPP_VERBOSE) original(...args);
      };
    console.error = keep(error);
    console.warn = keep(warn);
    this.restoreConsole = () => {
      console.error = error;
      console.warn = warn;
    };
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

/** WeChat's Page options as a Component: methods (the lifecycle and Taro's `eh`) under `methods`. */
function pageAsComponent(options: Record<string, any>): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === 'function') methods[key] = value;
    else if (key !== 'data') rest[key] = value;
  }
  return {
    data: options.data,
    methods,
    behaviors: options.behaviors,
    lifetimes: {
      created(this: Record<string, unknown>) {
        // Taro keeps config and other plain fields on the page object.
        Object.assign(this, rest);
      },
    },
  };
}
