/** Every URL no other route claims is a 404 page from the root error boundary, with status 404. */
export function loader(): never {
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}

export function action(): never {
  throw new Response("Not Found", { status: 404, statusText: "Not Found" });
}

// A default export makes this a page route, so the thrown 404 renders the error page, not a bare body.
export default function NotFound() {
  return null;
}
