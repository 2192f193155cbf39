// Installed with @remix-run/serve (which the portal and admin depend on) without type packages; serve.ts uses
// each as remix-serve does.
declare module "compression" {
  import type { RequestHandler } from "express";
  export default function compression(): RequestHandler;
}
declare module "morgan" {
  import type { RequestHandler } from "express";
  export default function morgan(format: string): RequestHandler;
}
