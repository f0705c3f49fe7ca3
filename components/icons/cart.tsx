import { Icon, type IconProps } from "@/components/icons/icon";

export const CartIcon = ({ className }: IconProps) => (
  <Icon className={className}>
    <path strokeLinecap="round" strokeLinejoin="round" d="M3 4h2.2l2.1 11.2a1.5 1.5 0 0 0 1.5 1.3h8.7a1.5 1.5 0 0 0 1.5-1.2L20.5 8H6" />
    <circle cx="9.5" cy="20" r="1.2" />
    <circle cx="17" cy="20" r="1.2" />
  </Icon>
);
