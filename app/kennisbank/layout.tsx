import type { ReactNode } from "react";
import { KnowledgeNav } from "@/components/knowledge/knowledge-nav";

export default function KnowledgeLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <KnowledgeNav />
      {children}
    </>
  );
}
