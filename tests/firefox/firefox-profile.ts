import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];

/** Debian's Firefox ESR, or FIREFOX_PATH; a clear message when it is missing. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    'Firefox ESR is not installed, so the Firefox tests cannot run.\n' +
      'Install it with:  sudo apt-get install -y firefox-esr\n' +
      'or point FIREFOX_PATH at a Firefox binary (140 or later: the add-on’s minimum, and WebDriver BiDi).',
  );
}

/**
 * Preferences that keep Firefox off the network: every service that would
 * call home is off, and whatever is left goes to `proxyPort`, a local proxy
 * that answers nothing and records what reached it. Pages' requests never get
 * that far: the harness answers or fails them through BiDi first.
 */
function offlinePrefs(proxyPort: number): Record<string, string | number | boolean> {
  return {
    // Everything else through a local recording proxy, with no way around it.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.failover_direct': false,
    'network.proxy.socks_remote_dns': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.http.speculative-parallel-limit': 0,
    'browser.places.speculativeConnect.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    // Telemetry, studies, experiments.
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.usage.uploadEnabled': false,
    'app.shield.optoutstudies.enabled': false,
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'messaging-system.rsexperimentloader.enabled': false,
    'nimbus.profilesdatastoreservice.enabled': false,
    'browser.ping-centre.telemetry': false,
    'browser.newtabpage.activity-stream.telemetry': false,
    'browser.newtabpage.activity-stream.feeds.telemetry': false,
    'browser.crashReports.unsubmittedCheck.enabled': false,
    // Remote settings, updates, blocklists, safe browsing.
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'app.update.disabledForTesting': true,
    'app.update.auto': false,
    'app.update.checkInstallTime': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.systemAddon.update.url': '',
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.provider.google4.updateURL': '',
    'browser.safebrowsing.provider.google.updateURL': '',
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'media.gmp-manager.url': '',
    'media.gmp-provider.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.update': false,
    'geo.provider.network.url': '',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    // A quiet start: no first-run pages, no new-tab content, no default-browser check.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.startup.homepage_override.mstone': 'ignore',
    'startup.homepage_welcome_url': 'about:blank',
    'browser.aboutwelcome.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.topsites.contile.enabled': false,
    'browser.urlbar.suggest.searches': false,
    'browser.urlbar.quicksuggest.enabled': false,
    'extensions.pocket.enabled': false,
    'identity.fxaccounts.enabled': false,
    'browser.tabs.warnOnClose': false,
    // No /favicon.ico asked of every site visited (the browser's request, not the page's).
    'browser.chrome.site_icons': false,
    'browser.sessionstore.resume_from_crash': false,
    'toolkit.startup.max_resumed_crashes': -1,
    // Pages' console messages (add-on pages and background included) on Firefox's output, where
    // the harness reads them; Firefox's own are left out.
    'devtools.console.stdout.content': true,
    'devtools.console.stdout.chrome': false,
  };
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});`)
    .join('\n');
}

/**
 * Writes a fresh profile: the offline preferences, plus the add-on's internal
 * UUID fixed in advance (`extensions.webextensions.uuids`), so its pages are
 * at a known moz-extension://<uuid>/ address.
 */
export function writeProfile(dir: string, options: { proxyPort: number; addonId: string; addonUuid: string }): void {
  mkdirSync(dir, { recursive: true });
  const prefs = {
    ...offlinePrefs(options.proxyPort),
    'extensions.webextensions.uuids': JSON.stringify({ [options.addonId]: options.addonUuid }),
  };
  writeFileSync(join(dir, 'user.js'), `${userJs(prefs)}\n`);
}
