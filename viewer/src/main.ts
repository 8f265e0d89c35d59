import "./styles.css";
import { startApp } from "./app.js";

try {
  startApp();
} catch (error) {
  // Last resort: never leave a blank page.
  const message = document.getElementById("message");
  if (message) {
    message.hidden = false;
    message.className = "message error";
    message.setAttribute("role", "alert");
    message.textContent = `The viewer could not start: ${(error as Error)?.message ?? String(error)}`;
  }
  throw error;
}
