import { descendants, textOf } from './xmlTree';
import type { XmlElement } from './xmlTree';

/** The ExecuteFunction names of the manifest, each once. */
export function functionNames(root: XmlElement): string[] {
  return [
    ...new Set(
      descendants(root)
        .filter((node) => node.name === 'FunctionName')
        .map(textOf),
    ),
  ];
}

/**
 * Every `<FunctionName>` is registered in src/commands. Outlook calls it by name, so a typo only
 * shows up as a button that spins and then fails — worth catching before sideloading.
 */
export function checkCommands(root: XmlElement, commandsSource: string): string[] {
  return functionNames(root).flatMap((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const registered = new RegExp(`(?:associate|registerCommand)\\(\\s*['"\`]${escaped}['"\`]`).test(commandsSource);
    return registered
      ? []
      : [
          `<FunctionName>${name}</FunctionName> is not registered in src/commands (expected registerCommand('${name}', …))`,
        ];
  });
}
