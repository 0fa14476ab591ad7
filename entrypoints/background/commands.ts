import { browser } from 'wxt/browser';
import { type CommandDeps, runCommand } from '../../lib/background/commands';
import { siteSwitches } from '../../lib/settings/store';

/** Keyboard commands: the browser tells the background, never the page. */
export function startCommands(): void {
  const deps: CommandDeps = {
    sendToTab: (id, message) => browser.tabs.sendMessage(id, message),
    switches: { get: () => siteSwitches.getValue(), set: (value) => siteSwitches.setValue(value) },
  };
  browser.commands.onCommand.addListener((command, tab) => void runCommand(command, tab, deps));
}
