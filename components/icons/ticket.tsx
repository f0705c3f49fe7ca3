import { Icon, type IconProps } from "@/components/icons/icon";

export const TicketIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path strokeLinejoin="round" d="M3 8a2 2 0 0 0 2-2h14a2 2 0 0 0 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 0-2 2H5a2 2 0 0 0-2-2v-2a2 2 0 0 0 0-4V8Z" />
    <path strokeDasharray="2 2" d="M15 6v12" />
  </Icon>
);
