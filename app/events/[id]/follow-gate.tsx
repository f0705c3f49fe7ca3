"use client";

import { useState } from "react";
import { ClaimPanel, type ClaimPanelProps, type FollowGate } from "@/app/events/[id]/claim-panel";
import { toast } from "@/components/toaster";
import { TOGGLES } from "@/components/toggles/actions";
import { useToggleView, useViewerStore } from "@/components/viewer/viewer";
import { callApi } from "@/lib/api-client";

/**
 * The claim box of a follower-only event. A viewer who does not follow the atelier (a visitor
 * too: after login they may not) gets one button, 팔로우하고 쿠폰 받기, that follows and claims
 * in one press; the follow is recorded in the viewer's state, so the notice and every follow
 * button on the page follow it. The atelier's owner cannot follow their own atelier and gets
 * plain 쿠폰 받기 (and the server's answer).
 */
export function FollowerClaimPanel({ atelierId, ...props }: ClaimPanelProps & { atelierId: number }) {
  const store = useViewerStore();
  const view = useToggleView("follow", atelierId);
  const [following, setFollowing] = useState(false);
  const gate: FollowGate = view.ready
    ? {
        ready: true,
        needed: !view.signedIn || (!view.entry.on && view.ownAtelierId !== atelierId),
        following,
        follow: async () => {
          setFollowing(true);
          const result = await callApi("PUT", TOGGLES.follow.url(atelierId));
          setFollowing(false);
          if (!result.ok) return result.message;
          store.record("follow", atelierId, TOGGLES.follow.read(result.data));
          toast.success(TOGGLES.follow.done);
          return null;
        },
      }
    : { ready: false };
  return <ClaimPanel {...props} followGate={gate} />;
}
