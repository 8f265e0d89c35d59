import { Command, CommanderError } from "commander";
import { UserError } from "./errors.js";
import { registerBuild } from "./build.js";
import { registerEval } from "./eval.js";
import { registerExport } from "./export.js";
import { registerQuery } from "./query.js";

/** Runs the command line and returns the exit code; user errors become one line on stderr. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command("actorgraph")
    .description("Build a typed graph of who does what to whom from news articles.")
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerBuild(program);
  registerEval(program);
  registerExport(program);
  registerQuery(program);
  try {
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
