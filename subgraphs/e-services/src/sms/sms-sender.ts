import type { Logger } from "@vardportal/kit/logger";

/** Where SMS go: an operator's gateway in production; any implementation of this interface. */
export interface SmsSender {
  send(to: string, body: string): Promise<void>;
}

/**
 * The default: writes the message to the log instead of sending it. The number is masked (a phone
 * number is personal data), the text is kept so a developer sees what would have gone out.
 */
export class LogSmsSender implements SmsSender {
  constructor(private readonly logger: Logger) {}

  async send(to: string, body: string): Promise<void> {
    this.logger.info({ to: `${to.slice(0, 4)}…${to.slice(-2)}`, body }, "sms (not sent: log sender)");
  }
}
