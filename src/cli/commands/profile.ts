import type { Command } from 'commander';
import { loadProfile } from '../../profile/load.js';
import { EXIT } from '../exit.js';

export function registerProfile(program: Command): void {
  const profile = program.command('profile').description('work with negotiation profiles');
  profile
    .command('check')
    .description('validate a profile file (YAML or JSON) and summarise it')
    .argument('<file>', 'profile file')
    .action((file: string) => {
      const p = loadProfile(file);
      process.stdout.write(
        `${file}: ok — ${p.name}: ${p.sides.length} sides, ${p.issues.length} issues, ${p.actors.length} actors, ` +
          `${p.governments.length} governments, ${p.places.length} places\n`,
      );
      process.exitCode = EXIT.ok;
    });
}
