import { Icon, type IconProps } from "@/components/icons/icon";

export const SearchIcon = ({ className }: IconProps) => (
  <Icon className={className} strokeWidth={2}>
    <circle cx="11" cy="11" r="7" />
    <path strokeLinecap="round" d="m20 20-3.5-3.5" />
  </Icon>
);
