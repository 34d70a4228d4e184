import { Component, type ReactNode } from "react";
import { markCaught } from "./caughtErrors";

export interface ErrorBoundaryProps {
  /** What to show instead of the children once they threw. */
  fallback: ReactNode;
  /** Told once per failure, e.g. to put the failure in the store. */
  onError?: (error: Error) => void;
  /** Changing it clears the failure and renders the children again ("Réessayer"). */
  resetKey?: string | number;
  children: ReactNode;
}

/** Catches a render failure below it so that the rest of the app keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(error: unknown): { failed: boolean } {
    // Marked before any renderer reports it (see `caughtErrors.ts`).
    markCaught(error);
    return { failed: true };
  }

  override componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
