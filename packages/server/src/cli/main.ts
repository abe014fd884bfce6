import { exportJsonCommand, importCommand, newCommand, validateCommand } from "./documentCommands.js";
import { lintCommand } from "./lintCommand.js";
import { serveCommand } from "./serveCommand.js";

const usage = `Usage: sfo <command> [options]

Commands:
  serve [--port N] [--host H] [--db FILE]   start the collaboration server
                                             (env: SFO_AUTH_SECRET required; PORT, SFO_HOST, SFO_DB)
  new review|action-plan|response-plan|qa-feedback|qa-checklist|redaction-log [-o FILE.json]
  validate FILE.json                         exit 0, or 1 with JSON issues on stdout
  import FILE.json --name NAME [--db FILE] [--replace]
  export-json --name NAME [--db FILE] [-o FILE.json]
  lint [--format json|text] FILE             lint a .json document or a .txt file
  lint --jsonl FILE                          lint one JSON input per line
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  serve: serveCommand,
  new: newCommand,
  validate: validateCommand,
  import: importCommand,
  "export-json": exportJsonCommand,
  lint: lintCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(name ? `sfo: unknown command "${name}"\n\n${usage}` : usage);
    return 2;
  }
  return command(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`sfo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
