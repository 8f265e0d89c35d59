import { Command, CommanderError } from "commander";
import { UserError } from "./errors.js";

type Register = (program: Command) => void;

// Each command's modules load only when it runs: `query` needs no extractor, `build` no GEXF reader.
const COMMANDS: Record<string, () => Promise<Register>> = {
  build: async () => (await import("./build.js")).registerBuild,
  eval: async () => (await import("./eval.js")).registerEval,
  export: async () => (await import("./export.js")).registerExport,
  query: async () => (await import("./query.js")).registerQuery,
};

/** Runs the command line and returns the exit code; user errors become one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("actorgraph")
    .description("Build a typed graph of who does what to whom from news articles.")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  try {
    // Help and unknown commands list them all.
    const name = argv[2];
    for (const command of name && Object.hasOwn(COMMANDS, name) ? [name] : Object.keys(COMMANDS)) (await COMMANDS[command]!())(program);
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof UserError) {
      process.stderr.write(`actorgraph: ${error.message}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`actorgraph: internal error: ${message.split("\n")[0]}\n`);
    return 2;
  }
}
