import { afterAll } from "vitest";
import { removeTempDirs } from "./helpers/tempDir.js";

afterAll(removeTempDirs);
