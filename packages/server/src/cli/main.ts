import { serveCommand } from "./serveCommand.js";

const usage = `Usage: sfo <command> [options]

Commands:
  serve [--port N] [--host H] [--db FILE]   start the collaboration server
                                             (env: SFO_AUTH_SECRET required; PORT, SFO_HOST, SFO_DB)
`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  serve: serveCommand,
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
